package uk.svkit.api.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.security.Roles;

class EventTypesTest {
  @Test
  void everySubscribableTypeNamesTheRolesThatMaySubscribe() {
    assertEquals(EventTypes.SUBSCRIBABLE, EventTypes.SUBSCRIBERS.keySet());
    EventTypes.SUBSCRIBERS.forEach(
        (type, roles) -> assertFalse(roles.isEmpty(), type + " has no subscribers"));
  }

  @Test
  void contractEventsAreNotForTheVcfseRoleNorBidsForSuppliers() {
    assertFalse(EventTypes.SUBSCRIBERS.get(EventTypes.RETURN_OVERDUE).contains(Roles.VCFSE));
    assertFalse(EventTypes.SUBSCRIBERS.get(EventTypes.BID_SUBMITTED).contains(Roles.SUPPLIER));
  }
}
