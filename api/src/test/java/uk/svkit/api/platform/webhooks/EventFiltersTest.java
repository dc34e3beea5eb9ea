package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFiltersTest {
  private static JsonObject data(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void everyFilteredFieldMustHoldOneOfItsValues() {
    EventFilters wirralVolunteering =
        new EventFilters(
            Map.of("placeCode", List.of("E08000015"), "supportType", List.of("VOLUNTEERING")));
    assertTrue(
        wirralVolunteering.matches(
            data("{\"placeCode\":\"E08000015\",\"supportType\":\"VOLUNTEERING\",\"quantity\":4}")));
    assertFalse(
        wirralVolunteering.matches(
            data("{\"placeCode\":\"E08000012\",\"supportType\":\"VOLUNTEERING\"}")));
    assertFalse(
        wirralVolunteering.matches(data("{\"supportType\":\"VOLUNTEERING\"}")),
        "an event without the field does not pass a filter on it");
    assertTrue(EventFilters.NONE.matches(data("{}")));
  }

  @Test
  void aListFieldMatchesByAnyElementAndNumbersByTheirText() {
    EventFilters themes =
        new EventFilters(Map.of("themes", List.of("mental-health"), "n", List.of("3")));
    assertTrue(themes.matches(data("{\"themes\":[\"food\",\"mental-health\"],\"n\":3}")));
    assertFalse(themes.matches(data("{\"themes\":[\"food\"],\"n\":3}")));
  }

  @Test
  void storedAsJsonAndReadBack() {
    EventFilters filters = new EventFilters(Map.of("placeCode", List.of("E08000015", "E08000012")));
    assertEquals(filters, EventFilters.fromJson(filters.toJson()));
    assertEquals(EventFilters.NONE, EventFilters.fromJson(EventFilters.NONE.toJson()));
  }
}
