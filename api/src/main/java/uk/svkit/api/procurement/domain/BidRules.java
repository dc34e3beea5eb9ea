package uk.svkit.api.procurement.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.svkit.api.geography.domain.PlaceCode;
import uk.svkit.api.platform.problem.Problem.FieldError;

/**
 * What a submitted bid must satisfy: one answer to every question of the tender's question set,
 * each in the form its question asks for and within its limits. Commitments take their measure from
 * the question. Every problem is reported at once, by field.
 */
public final class BidRules {
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private BidRules() {}

  /** The answers in question order, commitments completed with their question's measure. */
  public record Checked(List<Answer> answers, List<FieldError> problems) {}

  public static Checked check(List<Question> questions, List<Answer> answers) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Integer> indexByKey = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      if (indexByKey.putIfAbsent(answer.questionKey(), i) != null) {
        errors.add(
            new FieldError(
                "answers[" + i + "].questionKey",
                "question '" + answer.questionKey() + "' is answered more than once"));
      }
    }
    List<Answer> ordered = new ArrayList<>();
    for (Question question : questions) {
      Integer index = indexByKey.remove(question.key());
      if (index == null) {
        errors.add(new FieldError("answers", "question '" + question.key() + "' is not answered"));
        continue;
      }
      Answer answer = answers.get(index);
      String at = "answers[" + index + "]";
      ordered.add(checkOne(question, answer, at, errors));
    }
    indexByKey.forEach(
        (key, index) ->
            errors.add(
                new FieldError(
                    "answers[" + index + "].questionKey",
                    "'" + key + "' is not a question of this tender")));
    return new Checked(List.copyOf(ordered), List.copyOf(errors));
  }

  private static Answer checkOne(
      Question question, Answer answer, String at, List<FieldError> errors) {
    switch (question.type()) {
      case METHOD_STATEMENT -> {
        String text = answer.text();
        if (text == null || text.isBlank()) {
          errors.add(new FieldError(at + ".text", "a method statement needs text"));
        } else {
          if (question.maxCharacters() != null && text.length() > question.maxCharacters()) {
            errors.add(
                new FieldError(
                    at + ".text",
                    "is "
                        + text.length()
                        + " characters; the limit is "
                        + question.maxCharacters()));
          }
          int words = WORDS.split(text.strip()).length;
          if (question.maxWords() != null && words > question.maxWords()) {
            errors.add(
                new FieldError(
                    at + ".text", "is " + words + " words; the limit is " + question.maxWords()));
          }
        }
        return new Answer(question.key(), text, null, null, null);
      }
      case YES_NO -> {
        if (answer.yes() == null) {
          errors.add(new FieldError(at + ".yes", "a yes/no question needs true or false"));
        }
        return new Answer(question.key(), null, answer.yes(), null, null);
      }
      case SINGLE_CHOICE -> {
        if (answer.text() == null || !question.options().contains(answer.text())) {
          errors.add(
              new FieldError(
                  at + ".text",
                  "must be one of the options: " + String.join(", ", question.options())));
        }
        return new Answer(question.key(), answer.text(), null, null, null);
      }
      case NUMBER -> {
        if (answer.number() == null) {
          errors.add(new FieldError(at + ".number", "a number question needs a number"));
        }
        return new Answer(question.key(), null, null, answer.number(), null);
      }
      case COMMITMENT -> {
        Answer.Commitment c = answer.commitment();
        if (c == null) {
          errors.add(
              new FieldError(at + ".commitment", "a commitment question needs a commitment"));
          return new Answer(question.key(), null, null, null, null);
        }
        if (c.quantity() == null || c.quantity().signum() < 0) {
          errors.add(new FieldError(at + ".commitment.quantity", "must be zero or more"));
        }
        if (c.period() == null) {
          errors.add(
              new FieldError(at + ".commitment.period", "must be WHOLE_CONTRACT or PER_YEAR"));
        }
        if (c.measureCode() != null && !c.measureCode().equals(question.measureCode())) {
          errors.add(
              new FieldError(
                  at + ".commitment.measureCode",
                  "question '" + question.key() + "' asks for " + question.measureCode()));
        }
        if (c.placeCode() != null && !PlaceCode.isValid(c.placeCode())) {
          errors.add(
              new FieldError(
                  at + ".commitment.placeCode", "must be an ONS area code such as E08000015"));
        }
        return new Answer(
            question.key(),
            null,
            null,
            null,
            new Answer.Commitment(
                question.measureCode(),
                c.quantity(),
                c.period(),
                c.placeCode(),
                c.vcfsePartnerOrganisationId()));
      }
      default -> throw new IllegalStateException("Unknown question type " + question.type());
    }
  }
}
