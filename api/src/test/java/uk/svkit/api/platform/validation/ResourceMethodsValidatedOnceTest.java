package uk.svkit.api.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.hibernate.validator.cdi.ValidationExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's own CDI extension, in a real CDI container, with and without this one: a
 * resource's constrained method loses the validation interceptor (the REST runtime validates its
 * parameters), and every other bean keeps it.
 */
class ResourceMethodsValidatedOnceTest {
  @Path("/probe")
  @ApplicationScoped
  public static class ProbeResource {
    @POST
    public String echo(@NotNull String value) {
      return "called";
    }
  }

  @ApplicationScoped
  public static class ProbeService {
    public String echo(@NotNull String value) {
      return "called";
    }
  }

  @Test
  void resourceMethodsAreLeftToTheRestRuntimeAndOtherBeansKeepMethodValidation() {
    try (WeldContainer container = container(true)) {
      assertEquals("called", container.select(ProbeResource.class).get().echo(null));
      assertThrows(
          ConstraintViolationException.class,
          () -> container.select(ProbeService.class).get().echo(null));
    }
  }

  /** What the extension takes away: without it, the resource method is intercepted too. */
  @Test
  void withoutItHibernateValidatorInterceptsResourceMethods() {
    try (WeldContainer container = container(false)) {
      assertThrows(
          ConstraintViolationException.class,
          () -> container.select(ProbeResource.class).get().echo(null));
    }
  }

  private static WeldContainer container(boolean withExtension) {
    Weld weld =
        new Weld("validated-once-" + withExtension)
            .disableDiscovery()
            .addExtension(new ValidationExtension())
            .addBeanClasses(ProbeResource.class, ProbeService.class);
    if (withExtension) {
      weld.addExtension(new ResourceMethodsValidatedOnce());
    }
    return weld.initialize();
  }
}
