package uk.svkit.api.framework.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.FrameworkRepositories;
import uk.svkit.api.platform.paging.Page;

/** The framework library: read-only, for every authenticated caller. */
@Path("/frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class FrameworkResource {
  @Inject FrameworkRepositories.Library library;
  @Inject FrameworkService service;

  @GET
  @Operation(operationId = "listFrameworks", summary = "List the frameworks and their editions")
  public Page<FrameworkDtos.FrameworkResponse> list() {
    // The library is a handful of frameworks: one page, no cursor.
    List<Edition> editions = library.editions();
    return new Page<>(
        library.frameworks().stream()
            .map(f -> FrameworkMapper.framework(f, editions.stream().filter(e -> e.framework().id().equals(f.id())).toList()))
            .toList(),
        null);
  }

  @GET
  @Path("/{frameworkCode}/editions/{edition}")
  @Operation(operationId = "getFrameworkEdition", summary = "Get an edition's tree of elements and measures")
  public FrameworkDtos.EditionResponse edition(
      @PathParam("frameworkCode") @Size(max = 40) String frameworkCode, @PathParam("edition") @Size(max = 40) String edition) {
    Edition found = service.edition(frameworkCode, edition);
    return FrameworkMapper.tree(found, library.elements(found.id()), library.measures(found.id()));
  }
}
