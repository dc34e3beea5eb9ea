package uk.svkit.api.platform.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets Bean Validation walk every property. The default resolver asks JPA, for every property of
 * every object validated, whether it is loaded; request bodies are plain objects, never entities,
 * so the question is wasted work — on a 1,000-return bulk body it was a third of the request's CPU.
 * Entities carry no constraints, so nothing lazy is ever reached through this resolver.
 */
public class PlainObjectsTraversableResolver implements TraversableResolver {
  @Override
  public boolean isReachable(
      Object bean,
      Path.Node property,
      Class<?> rootBeanType,
      Path pathToProperty,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object bean,
      Path.Node property,
      Class<?> rootBeanType,
      Path pathToProperty,
      ElementType elementType) {
    return true;
  }
}
