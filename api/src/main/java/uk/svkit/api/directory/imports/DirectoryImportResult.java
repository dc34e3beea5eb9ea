package uk.svkit.api.directory.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.application.DirectoryImportService;

/** What an import did: counts, each organisation imported, and the rows skipped on purpose. */
@Schema(name = "DirectoryImportResult")
public class DirectoryImportResult {
  public int created;
  public int updated;
  public List<Item> items;
  public List<SkippedRow> skipped;

  /** One organisation imported. */
  @Schema(name = "DirectoryImportItem")
  public static class Item {
    public String identifier;
    public String organisationId;

    @Schema(description = "CREATED (organisation or profile new) or UPDATED")
    public String action;
  }

  /** A row left out on purpose (a linked or removed charity). */
  @Schema(name = "DirectoryImportSkippedRow")
  public static class SkippedRow {
    public int line;
    public String identifier;
    public String reason;
  }

  static DirectoryImportResult of(
      List<DirectoryImportService.Outcome> outcomes, List<CharityRegisterCsv.Skipped> skipped) {
    DirectoryImportResult r = new DirectoryImportResult();
    r.items =
        outcomes.stream()
            .map(
                o -> {
                  Item item = new Item();
                  item.identifier = o.identifier();
                  item.organisationId = o.organisationId();
                  item.action = o.created() ? "CREATED" : "UPDATED";
                  return item;
                })
            .toList();
    r.created = (int) outcomes.stream().filter(DirectoryImportService.Outcome::created).count();
    r.updated = outcomes.size() - r.created;
    r.skipped =
        skipped.stream()
            .map(
                s -> {
                  SkippedRow row = new SkippedRow();
                  row.line = s.line();
                  row.identifier = s.identifier();
                  row.reason = s.reason();
                  return row;
                })
            .toList();
    return r;
  }
}
