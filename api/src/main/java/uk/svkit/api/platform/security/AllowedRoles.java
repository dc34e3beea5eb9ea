package uk.svkit.api.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a resource method (or every method of a resource class) to callers holding one of these
 * roles. Without it, any authenticated caller may call; {@link PublicAccess} opens a method to
 * anonymous callers. Enforced by {@link AuthorizationFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {
  String[] value();
}
