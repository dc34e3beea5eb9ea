package uk.svkit.api.platform.validation;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.Path;

/**
 * Keeps Bean Validation of a resource method's parameters to one pass. The Jakarta REST runtime
 * validates them before it calls the method, and answers a violation itself; Hibernate Validator's
 * CDI extension also binds its method-validation interceptor to every constrained method of a CDI
 * bean, resources included, so each request body was validated a second time on the way in. On a
 * 1,000-return bulk body the two passes were a quarter of the server's CPU (a JFR profile of
 * bench/tracking.sh). This observer runs after Hibernate Validator's and takes its interceptor
 * binding off the methods of resource classes; services and other beans keep it.
 *
 * <p>The binding is matched by name: it is internal to Hibernate Validator, which both Open Liberty
 * and WildFly use, and hidden from applications. If a later version renames it, nothing is removed
 * and validation simply runs twice again.
 */
public class ResourceMethodsValidatedOnce implements Extension {
  static final String METHOD_VALIDATION_BINDING =
      "org.hibernate.validator.cdi.internal.interceptor.MethodValidated";

  <T> void validatedByTheRestRuntimeOnly(
      @Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 500) @WithAnnotations(Path.class)
          ProcessAnnotatedType<T> type) {
    if (!type.getAnnotatedType().isAnnotationPresent(Path.class)) {
      return;
    }
    type.configureAnnotatedType()
        .methods()
        .forEach(
            method ->
                method.remove(a -> a.annotationType().getName().equals(METHOD_VALIDATION_BINDING)));
  }
}
