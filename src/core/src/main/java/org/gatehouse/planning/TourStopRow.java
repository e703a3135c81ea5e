package org.gatehouse.planning;

/** A stop of a tour, as its page and its printout list it: the asset the reader sees at that place in the order. */
public record TourStopRow(int position, long assetId, String name, String code, String location) {
}
