package uk.svkit.api.directory.oruk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;

/**
 * svkit's classifications as ORUK taxonomies: the managed theme taxonomy (service attributes), and
 * legal forms and income bands (organization attributes), so an ORUK round trip keeps them. A
 * term's {@code term} is svkit's code (e.g. {@code mental-health}), its {@code name} the label.
 */
public final class OrukVocabulary {
  public static final String THEMES = "svkit-themes";
  public static final String LEGAL_FORMS = "svkit-legal-forms";
  public static final String INCOME_BANDS = "svkit-income-bands";

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          THEMES,
              "The managed theme taxonomy svkit's VCFSE directory classifies organisations' work by (GET /directory/themes).",
          LEGAL_FORMS, "Legal forms of VCFSE organisations in svkit's directory.",
          INCOME_BANDS, "Annual income bands of VCFSE organisations in svkit's directory.");

  /** One term: its taxonomy's name, svkit's code and a label. */
  public record Term(String taxonomy, String code, String label) {
    public String id() {
      return OrukIds.term(taxonomy, code);
    }

    public String taxonomyId() {
      return OrukIds.taxonomy(taxonomy);
    }
  }

  private final Map<String, List<Term>> byTaxonomy = new LinkedHashMap<>();

  /**
   * @param themes theme codes to labels, in the taxonomy's order
   */
  public OrukVocabulary(Map<String, String> themes) {
    byTaxonomy.put(
        THEMES,
        themes.entrySet().stream().map(t -> new Term(THEMES, t.getKey(), t.getValue())).toList());
    List<Term> forms = new ArrayList<>();
    for (LegalForm f : LegalForm.values()) {
      forms.add(new Term(LEGAL_FORMS, f.name(), label(f.name())));
    }
    byTaxonomy.put(LEGAL_FORMS, forms);
    List<Term> bands = new ArrayList<>();
    for (IncomeBand b : IncomeBand.values()) {
      bands.add(new Term(INCOME_BANDS, b.name(), label(b.name())));
    }
    byTaxonomy.put(INCOME_BANDS, bands);
  }

  /** "FROM_10K_TO_100K" reads "From 10k to 100k"; CIO and CIC stay capitals. */
  static String label(String code) {
    if (code.length() <= 3) {
      return code;
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public List<String> taxonomyNames() {
    return List.copyOf(byTaxonomy.keySet());
  }

  public List<Term> terms() {
    return byTaxonomy.values().stream().flatMap(List::stream).toList();
  }

  public List<Term> terms(String taxonomy) {
    return byTaxonomy.getOrDefault(taxonomy, List.of());
  }

  public Optional<Term> term(String taxonomy, String code) {
    return terms(taxonomy).stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** A term by its ORUK id, or by svkit's code (which is friendlier in a query string). */
  public Optional<Term> find(String idOrCode) {
    return terms().stream()
        .filter(t -> t.id().equals(idOrCode) || t.code().equalsIgnoreCase(idOrCode))
        .findFirst();
  }

  /** A taxonomy by its ORUK id or its name. */
  public Optional<String> taxonomy(String idOrName) {
    return byTaxonomy.keySet().stream()
        .filter(n -> n.equals(idOrName) || OrukIds.taxonomy(n).equals(idOrName))
        .findFirst();
  }

  /**
   * Recognises one of svkit's terms in an ORUK {@code taxonomy_term} from any dataset: it belongs
   * to {@code taxonomy} when its {@code taxonomy_id} or {@code taxonomy} names it, and is then
   * matched by id, {@code term} code or name. Empty when the term is from another taxonomy.
   *
   * @return the code, or an empty code ({@code ""}) when the taxonomy is ours but the term is not
   */
  public Optional<String> codeOf(JsonObject taxonomyTerm, String taxonomy) {
    String taxonomyId = OrukJson.text(taxonomyTerm, "taxonomy_id");
    String taxonomyName = OrukJson.text(taxonomyTerm, "taxonomy");
    if (!OrukIds.taxonomy(taxonomy).equals(taxonomyId) && !taxonomy.equals(taxonomyName)) {
      return Optional.empty();
    }
    String id = OrukJson.text(taxonomyTerm, "id");
    String code = OrukJson.text(taxonomyTerm, "term");
    String name = OrukJson.text(taxonomyTerm, "name");
    return Optional.of(
        terms(taxonomy).stream()
            .filter(
                t ->
                    t.id().equals(id)
                        || t.code().equalsIgnoreCase(code == null ? "" : code)
                        || t.label().equalsIgnoreCase(name == null ? "" : name))
            .map(Term::code)
            .findFirst()
            .orElse(""));
  }

  public JsonObject termJson(Term t) {
    return Json.createObjectBuilder()
        .add("id", t.id())
        .add("name", t.label())
        .add("description", t.label())
        .add("taxonomy", t.taxonomy())
        .add("taxonomy_id", t.taxonomyId())
        .add("term", t.code())
        .build();
  }

  public JsonObject taxonomyJson(String name, boolean withTerms) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", OrukIds.taxonomy(name))
            .add("name", name)
            .add("description", DESCRIPTIONS.get(name))
            .add("version", "1");
    if (withTerms) {
      var terms = Json.createArrayBuilder();
      terms(name).forEach(t -> terms.add(termJson(t)));
      b.add("taxonomy_terms", terms);
    }
    return b.build();
  }
}
