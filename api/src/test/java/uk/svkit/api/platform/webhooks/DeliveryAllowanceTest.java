package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.request.ApiActivity;

/** How many deliveries the dispatcher may claim while the API is busy and while it is quiet. */
class DeliveryAllowanceTest {
  private boolean busy;

  private WebhookDispatcher dispatcher(int rateWhileBusy) {
    WebhookDispatcher dispatcher = new WebhookDispatcher();
    dispatcher.rateWhileBusy = rateWhileBusy;
    dispatcher.pollInterval = Duration.ofMillis(200);
    dispatcher.api =
        new ApiActivity() {
          @Override
          public boolean busy() {
            return busy;
          }
        };
    return dispatcher;
  }

  @Test
  void aQuietApiLeavesDeliveryUnlimited() {
    WebhookDispatcher dispatcher = dispatcher(1000);
    busy = false;
    assertEquals(Integer.MAX_VALUE, dispatcher.allowed());
    dispatcher.claimed(10_000);
    assertEquals(Integer.MAX_VALUE, dispatcher.allowed());
  }

  @Test
  void aBusyApiGetsTwoPollIntervalsWorthThenWhatTheRateAddsBack() throws Exception {
    WebhookDispatcher dispatcher = dispatcher(1000);
    busy = false;
    dispatcher.allowed(); // quiet: the allowance is full
    busy = true;
    int first = dispatcher.allowed();
    assertTrue(first >= 400 && first <= 401, "2 × 200 ms at 1,000/s, was " + first);
    dispatcher.claimed(first);
    int left = dispatcher.allowed();
    assertTrue(left < 100, "spent; only what the rate added since is back, was " + left);
    Thread.sleep(50);
    int refilled = dispatcher.allowed();
    assertTrue(refilled >= 50 && refilled <= 400, "about 50 ms at 1,000/s, was " + refilled);
    busy = false;
    assertEquals(Integer.MAX_VALUE, dispatcher.allowed(), "quiet again: no limit");
  }

  @Test
  void zeroTurnsTheLimitOff() {
    WebhookDispatcher dispatcher = dispatcher(0);
    busy = true;
    assertEquals(Integer.MAX_VALUE, dispatcher.allowed());
  }
}
