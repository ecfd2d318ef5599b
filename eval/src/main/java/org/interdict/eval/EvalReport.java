package org.interdict.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link Scorer#score}: the figures and every error. Immutable.
 *
 * <p>Every micro average sums TP, FP and FN over its rows, then computes P, R and F1; a figure with an
 * empty denominator is empty ({@link Prf}) and printed as "n/a" or written as JSON null.
 *
 * @param split                      the split scored
 * @param documents                  the gold documents scored, by docId
 * @param documentsWithoutPrediction scored documents that had no prediction (scored as predicting nothing)
 * @param predictionsWithoutGold     docIds of predictions with no gold document (ignored)
 * @param entitiesExact              entity counts per scored type, exact span matching
 * @param entitiesPartial            entity counts per scored type, overlap matching
 * @param events                     ASSERTED event detection counts per event type
 * @param slots                      slot counts per slot
 * @param modalityErrors             NEGATED or HYPOTHETICAL gold events predicted as ASSERTED
 * @param entityErrors               every entity FP and FN under exact matching
 * @param eventErrors                every ASSERTED event FP and FN
 * @param slotErrors                 every slot FP and FN
 * @param confidenceBands            precision of the ASSERTED predicted events per confidence band
 */
public record EvalReport(Split split, List<String> documents, List<String> documentsWithoutPrediction,
        List<String> predictionsWithoutGold, Map<EntityType, Prf> entitiesExact, Map<EntityType, Prf> entitiesPartial,
        Map<EventType, Prf> events, Map<Slot, Prf> slots, List<ModalityError> modalityErrors,
        List<EntityError> entityErrors, List<EventError> eventErrors, List<SlotError> slotErrors,
        List<ConfidenceBand> confidenceBands) {

    public EvalReport {
        Objects.requireNonNull(split, "split");
        documents = List.copyOf(documents);
        documentsWithoutPrediction = List.copyOf(documentsWithoutPrediction);
        predictionsWithoutGold = List.copyOf(predictionsWithoutGold);
        entitiesExact = complete(EntityType.class, EntityType.SCORED, entitiesExact, "entitiesExact");
        entitiesPartial = complete(EntityType.class, EntityType.SCORED, entitiesPartial, "entitiesPartial");
        events = complete(EventType.class, List.of(EventType.values()), events, "events");
        slots = complete(Slot.class, List.of(Slot.values()), slots, "slots");
        modalityErrors = List.copyOf(modalityErrors);
        entityErrors = List.copyOf(entityErrors);
        eventErrors = List.copyOf(eventErrors);
        slotErrors = List.copyOf(slotErrors);
        confidenceBands = List.copyOf(confidenceBands);
    }

    /** A report without confidence bands (for predictions that give no confidence). */
    public EvalReport(Split split, List<String> documents, List<String> documentsWithoutPrediction,
            List<String> predictionsWithoutGold, Map<EntityType, Prf> entitiesExact,
            Map<EntityType, Prf> entitiesPartial, Map<EventType, Prf> events, Map<Slot, Prf> slots,
            List<ModalityError> modalityErrors, List<EntityError> entityErrors, List<EventError> eventErrors,
            List<SlotError> slotErrors) {
        this(split, documents, documentsWithoutPrediction, predictionsWithoutGold, entitiesExact, entitiesPartial,
                events, slots, modalityErrors, entityErrors, eventErrors, slotErrors, List.of());
    }

    private static <K extends Enum<K>> Map<K, Prf> complete(Class<K> type, Collection<K> keys, Map<K, Prf> figures,
            String name) {
        EnumMap<K, Prf> copy = new EnumMap<>(type);
        for (K key : keys) {
            Prf prf = figures.get(key);
            if (prf == null) {
                throw new IllegalArgumentException(name + " has no figures for " + key);
            }
            copy.put(key, prf);
        }
        if (figures.size() != keys.size()) {
            throw new IllegalArgumentException(name + " has figures for keys other than " + keys + ": "
                    + figures.keySet());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Micro average of {@link #entitiesExact} over the six scored types. */
    public Prf entitiesExactMicro() {
        return Prf.micro(entitiesExact.values());
    }

    /** Micro average of {@link #entitiesPartial} over the six scored types. */
    public Prf entitiesPartialMicro() {
        return Prf.micro(entitiesPartial.values());
    }

    /** Micro average of {@link #events} over SEIZURE and TRANSFER. */
    public Prf eventsMicro() {
        return Prf.micro(events.values());
    }

    /** Micro average of {@link #slots} over all slots. */
    public Prf slotsMicro() {
        return Prf.micro(slots.values());
    }

    /** A Markdown report: the figure tables, then every error. */
    public String toMarkdown() {
        return ReportWriter.markdown(this);
    }

    /** The figures and errors as a JSON tree (undefined figures are null). */
    public ObjectNode toJson() {
        return ReportWriter.json(this);
    }

    /** A compact fixed-width table of the figures, for a terminal. */
    public String toTable() {
        return ReportWriter.table(this);
    }
}
