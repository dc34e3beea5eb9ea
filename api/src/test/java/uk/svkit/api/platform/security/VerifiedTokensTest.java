package uk.svkit.api.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private static final Caller BUYER = new Caller("ann", "org-1", "GB-LAE-WRL", Set.of("buyer"));

  private static VerifiedTokens cache(int size) {
    VerifiedTokens tokens = new VerifiedTokens();
    tokens.maxEntries = size;
    return tokens;
  }

  private static long inSeconds(long seconds) {
    return System.currentTimeMillis() / 1000 + seconds;
  }

  @Test
  void aVerifiedTokenAnswersItsCallerUntilItExpires() {
    VerifiedTokens tokens = cache(10);
    tokens.remember("a.b.c", BUYER, inSeconds(60));
    tokens.remember("d.e.f", BUYER, inSeconds(-1));
    assertEquals(Optional.of(BUYER), tokens.callerOf("a.b.c"));
    assertTrue(tokens.callerOf("d.e.f").isEmpty(), "an expired token is verified again");
    assertTrue(tokens.callerOf("a.b.x").isEmpty(), "another token is not this one");
  }

  @Test
  void aFullCacheStartsAgainAndSizeZeroKeepsNothing() {
    VerifiedTokens tokens = cache(2);
    tokens.remember("t1", BUYER, inSeconds(60));
    tokens.remember("t2", BUYER, inSeconds(60));
    tokens.remember("t3", BUYER, inSeconds(60));
    assertTrue(tokens.callerOf("t1").isEmpty());
    assertEquals(Optional.of(BUYER), tokens.callerOf("t3"));
    VerifiedTokens off = cache(0);
    off.remember("t1", BUYER, inSeconds(60));
    assertTrue(off.callerOf("t1").isEmpty());
  }
}
