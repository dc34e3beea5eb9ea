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
    dispatcher.claimBatch = 256;
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
    dispatcher.claimed(10_000, 10_000);
    assertEquals(Integer.MAX_VALUE, dispatcher.allowed());
  }

  @Test
  void aBusyApiGetsASecondsWorthThenWhatTheRateAddsBack() throws Exception {
    WebhookDispatcher dispatcher = dispatcher(1000);
    busy = false;
    dispatcher.allowed(); // quiet: the allowance is full
    busy = true;
    int first = dispatcher.allowed();
    assertTrue(first >= 1000 && first <= 1001, "a second at 1,000/s, was " + first);
    dispatcher.claimed(first, first + 1); // less than it asked for: nothing more waits
    int left = dispatcher.allowed();
    assertTrue(left < 100, "spent; only what the rate added since is back, was " + left);
    Thread.sleep(50);
    int refilled = dispatcher.allowed();
    assertTrue(refilled >= 50 && refilled <= 1000, "about 50 ms at 1,000/s, was " + refilled);
    busy = false;
    assertEquals(Integer.MAX_VALUE, dispatcher.allowed(), "quiet again: no limit");
  }

  @Test
  void behindABacklogABusyApiClaimsAPollIntervalsWorthAtATime() throws Exception {
    WebhookDispatcher dispatcher = dispatcher(1000);
    busy = true;
    int first = dispatcher.allowed();
    dispatcher.claimed(first, first); // got all it asked for: more is waiting
    Thread.sleep(20);
    assertEquals(0, dispatcher.allowed(), "20 ms at 1,000/s is less than 200 ms' worth");
    Thread.sleep(250);
    int next = dispatcher.allowed();
    assertTrue(next >= 200 && next <= 1000, "a poll interval's worth or more, was " + next);
    dispatcher.claimed(3, next); // got less than it asked for: nothing waits
    Thread.sleep(5);
    assertTrue(dispatcher.allowed() > 0, "with nothing waiting, claims are not held back");
  }

  @Test
  void zeroTurnsTheLimitOff() {
    WebhookDispatcher dispatcher = dispatcher(0);
    busy = true;
    assertEquals(Integer.MAX_VALUE, dispatcher.allowed());
  }
}
