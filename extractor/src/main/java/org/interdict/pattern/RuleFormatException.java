package org.interdict.pattern;

/** A rule file that cannot be loaded: names the file, the line, the rule and the reason. */
public class RuleFormatException extends RuntimeException {

    public RuleFormatException(String file, int line, String rule, String reason, Throwable cause) {
        super(file + ":" + line + (rule == null ? "" : " (rule " + rule + ")") + ": " + reason, cause);
    }
}
