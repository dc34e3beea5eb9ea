package uk.svkit.api.servicetest;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.Nonbinding;
import jakarta.transaction.Transactional;

/**
 * Makes {@code @Transactional(value)} non-binding, so that {@link TransactionalInterceptor} binds
 * to every transaction type (a JTA implementation declares one interceptor per type instead).
 */
public class TransactionalBindings implements Extension {

  void nonBindingType(@Observes BeforeBeanDiscovery discovery) {
    discovery.configureInterceptorBinding(Transactional.class).methods().stream()
        .filter(m -> m.getAnnotated().getJavaMember().getName().equals("value"))
        .forEach(m -> m.add(Nonbinding.Literal.INSTANCE));
  }
}
