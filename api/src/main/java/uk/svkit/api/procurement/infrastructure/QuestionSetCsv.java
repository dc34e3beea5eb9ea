package uk.svkit.api.procurement.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.platform.csv.Csv;
import uk.svkit.api.procurement.domain.Question;
import uk.svkit.api.procurement.domain.QuestionSet;

/**
 * A published question set as CSV (RFC 4180, written by the platform's {@link Csv}), one row per
 * question, for e-tendering systems that import questionnaires from spreadsheets. Lists inside a
 * cell (options, links, rubric levels) are joined with '|'; a rubric cell reads
 * "0=Unacceptable|25=Poor|…".
 */
public final class QuestionSetCsv {
  public static final List<String> HEADER =
      List.of(
          "questionSetId",
          "seriesId",
          "versionNumber",
          "title",
          "frameworkCode",
          "edition",
          "key",
          "type",
          "text",
          "guidance",
          "weight",
          "measureCode",
          "unitLabel",
          "maxCharacters",
          "maxWords",
          "options",
          "links",
          "rubric");

  private QuestionSetCsv() {}

  public static String write(QuestionSet set, Edition edition, Map<String, Measure> measures) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Question q : set.questions()) {
      Measure measure = q.measureCode() == null ? null : measures.get(q.measureCode());
      rows.add(
          List.of(
              set.id(),
              set.seriesId(),
              Integer.toString(set.versionNumber()),
              set.title(),
              edition.framework().code(),
              edition.edition(),
              q.key(),
              q.type().name(),
              q.text(),
              nullToEmpty(q.guidance()),
              plain(q.weight()),
              nullToEmpty(q.measureCode()),
              measure != null ? measure.unitLabel() : nullToEmpty(q.unitLabel()),
              q.maxCharacters() == null ? "" : q.maxCharacters().toString(),
              q.maxWords() == null ? "" : q.maxWords().toString(),
              String.join("|", q.options()),
              String.join("|", q.links()),
              q.rubric().stream()
                  .map(l -> l.score() + "=" + l.descriptor())
                  .collect(Collectors.joining("|"))));
    }
    return Csv.write(rows);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
