package org.interdict.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One kind of goods in a shipment: the phrase, the gazetteer's canonical name and category where known,
 * and the quantity (a number) with its unit ({@code null} for a count, else "t", "kg", "container"…).
 */
@JsonPropertyOrder({"text", "canonical", "category", "quantity", "unit"})
public record CargoItem(String text, String canonical, String category, Number quantity, String unit) {
}
