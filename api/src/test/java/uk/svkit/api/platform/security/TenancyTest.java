package uk.svkit.api.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.request.RequestContext;

/**
 * Tenant isolation fails closed: a thread that is neither serving a request nor running explicit
 * system work sees nothing (it used to be treated as the system, with every tenant's records).
 */
class TenancyTest {

  @Test
  void withoutARequestOrSystemWorkNothingIsVisible() {
    assertFalse(Tenancy.canSee("8f1f3c39-0000-4000-8000-000000000001"));
    assertFalse(Tenancy.canSee(null));
    assertThrows(ProblemException.class, Tenancy::listScope);
  }

  @Test
  void explicitSystemWorkSeesEveryTenantAndEndsWithItsBlock() {
    AtomicBoolean sawAll = new AtomicBoolean();
    RequestContext.asSystem(
        "test",
        () -> {
          sawAll.set(
              Tenancy.canSee("8f1f3c39-0000-4000-8000-000000000001") && Tenancy.canSee(null));
          assertNull(Tenancy.listScope());
        });
    assertTrue(sawAll.get());
    assertFalse(
        Tenancy.canSee("8f1f3c39-0000-4000-8000-000000000001"),
        "the system context must not outlive its block");
  }

  @Test
  void systemWorkCannotBeNested() {
    RequestContext.asSystem(
        "outer",
        () ->
            assertThrows(
                IllegalStateException.class, () -> RequestContext.asSystem("inner", () -> {})));
  }
}
