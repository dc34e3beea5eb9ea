package uk.svkit.api.servicetest;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionTarget;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Injects a {@link ServiceTest}'s fields from the test run's container, started on first use and
 * shut down when the run ends (booting Weld once, not per class, keeps the tests fast).
 */
final class ServiceTestExtension implements TestInstancePostProcessor {

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) {
    WeldContainer container =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.create(ServiceTestExtension.class))
            .getOrComputeIfAbsent("container", key -> new Running(Services.start()), Running.class)
            .container;
    inject(container.getBeanManager(), test);
  }

  @SuppressWarnings("unchecked")
  private static <T> void inject(BeanManager beans, T test) {
    Class<T> type = (Class<T>) test.getClass();
    InjectionTarget<T> target =
        beans
            .getInjectionTargetFactory(beans.createAnnotatedType(type))
            .createInjectionTarget(null);
    target.inject(test, beans.createCreationalContext(null));
  }

  /** The container, shut down with the root context at the end of the run. */
  private record Running(WeldContainer container) implements AutoCloseable {
    @Override
    public void close() {
      container.shutdown();
    }
  }
}
