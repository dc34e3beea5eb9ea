package uk.svkit.api.servicetest;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.jboss.weld.injection.spi.JpaInjectionServices;
import org.jboss.weld.injection.spi.ResourceInjectionServices;
import org.jboss.weld.injection.spi.ResourceReferenceFactory;
import org.jboss.weld.injection.spi.helpers.SimpleResourceReference;

/**
 * What the server injects for {@code @Resource(lookup = ...)} and {@code @PersistenceContext}: the
 * test's transactional data source, transaction registry and transaction-scoped EntityManager. An
 * unknown lookup fails the container's start, naming it, rather than injecting null.
 */
final class ContainerResources implements ResourceInjectionServices, JpaInjectionServices {
  private final Map<String, Object> byLookup =
      Map.of(
          "jdbc/svkit",
          new TransactionalDataSource(),
          "java:comp/TransactionSynchronizationRegistry",
          Transactions.REGISTRY);

  @Override
  public ResourceReferenceFactory<Object> registerResourceInjectionPoint(InjectionPoint point) {
    Resource resource = point.getAnnotated().getAnnotation(Resource.class);
    return registerResourceInjectionPoint(resource.lookup(), resource.mappedName());
  }

  @Override
  public ResourceReferenceFactory<Object> registerResourceInjectionPoint(
      String jndiName, String mappedName) {
    Object instance = byLookup.get(jndiName);
    if (instance == null) {
      throw new IllegalArgumentException("The test container binds no resource " + jndiName);
    }
    return () -> new SimpleResourceReference<>(instance);
  }

  @Override
  public ResourceReferenceFactory<EntityManager> registerPersistenceContextInjectionPoint(
      InjectionPoint point) {
    EntityManager shared = Transactions.entityManager();
    return () -> new SimpleResourceReference<>(shared);
  }

  @Override
  public ResourceReferenceFactory<EntityManagerFactory> registerPersistenceUnitInjectionPoint(
      InjectionPoint point) {
    return () -> new SimpleResourceReference<>(TestDatabase.entityManagers());
  }

  @Override
  public void cleanup() {}
}
