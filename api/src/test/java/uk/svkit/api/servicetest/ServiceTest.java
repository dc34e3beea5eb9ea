package uk.svkit.api.servicetest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs application services for real: its {@code @Inject} fields are filled
 * from the one CDI container of the test run ({@link Services}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServiceTestExtension.class)
public @interface ServiceTest {}
