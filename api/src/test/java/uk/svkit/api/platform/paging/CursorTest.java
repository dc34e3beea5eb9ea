package uk.svkit.api.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

class CursorTest {
  @Test
  void roundTripsItsKeysIncludingAwkwardCharacters() {
    Cursor cursor = Cursor.after("o'brien \"& sons\" ltd", "8f1f3c39-0000-4000-8000-000000000001");

    Cursor decoded = Cursor.decode(cursor.encode(), 2);

    assertEquals(cursor.keys(), decoded.keys());
  }

  @Test
  void encodingIsUrlSafe() {
    String encoded = Cursor.after("???>>>~~~", "x").encode();

    assertEquals(
        encoded, java.net.URLEncoder.encode(encoded, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void rejectsForgedOrMismatchedCursors() {
    for (String forged : new String[] {"not base64!", "bm90LWpzb24", Cursor.after("a").encode()}) {
      ProblemException e =
          assertThrows(ProblemException.class, () -> Cursor.decode(forged, 2), forged);
      assertEquals(ProblemType.INVALID_CURSOR, e.type());
    }
  }

  @Test
  void timestampKeyThatIsNotATimestampIsAnInvalidCursor() {
    Cursor cursor = Cursor.decode(Cursor.after("yesterday", "id").encode(), 2);

    ProblemException e = assertThrows(ProblemException.class, () -> cursor.timestamp(0));
    assertEquals(ProblemType.INVALID_CURSOR, e.type());
  }
}
