package uk.svkit.api.geography.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.geography.application.PostcodeImport;

/** What a postcode directory import did. */
@Schema(name = "PostcodeImport")
public class PostcodeImportResponse {
  @Schema(description = "The import's id: the entity id of its audit event")
  public String importId;

  @Schema(description = "Postcodes new to the directory")
  public long inserted;

  @Schema(
      description =
          "Postcodes already there, now replaced (a postcode repeated in the file counts here too)")
  public long updated;

  @Schema(description = "Rows without coordinates, not stored")
  public long skipped;

  static PostcodeImportResponse of(PostcodeImport.Report report) {
    PostcodeImportResponse response = new PostcodeImportResponse();
    response.importId = report.importId();
    response.inserted = report.inserted();
    response.updated = report.updated();
    response.skipped = report.skipped();
    return response;
  }
}
