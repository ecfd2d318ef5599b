package org.interdict.gazetteers;

/** How strictly a gazetteer entry is matched. Entries without flags match case-insensitively. */
public enum MatchFlag {
    /** Match only the exact case of the canonical name or alias. */
    CASE_SENSITIVE,
    /** An ambiguous word ("Light", "Hope"): match only next to a cue such as "MV", "the vessel" or an IMO number. */
    NEEDS_CUE
}
