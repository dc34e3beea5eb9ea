package uk.svkit.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API of Social Value Kit. The major version is part of the path so SDK vendors see it; it
 * changes only for breaking changes (see README, "API stability").
 */
@ApplicationPath(SvkitApplication.BASE_PATH)
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Social Value Kit API",
            version = "1",
            description =
                "Social value question sets, VCFSE partner directory and contract KPI tracking"
                    + " for UK public buyers. Errors are RFC 9457 problem details.",
            license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class SvkitApplication extends Application {
  public static final String BASE_PATH = "/api/v1";
}
