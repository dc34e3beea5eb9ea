package uk.svkit.api.procurement.domain;

import jakarta.json.bind.Jsonb;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.json.DateTimes;

/**
 * Stores a question set's questions and a bid's answers as JSON documents. They are snapshots read
 * and written whole (a published version, a submitted revision), so one column keeps each snapshot
 * exact and saves a join per question on every read.
 */
public final class JsonDocuments {
  private static final Jsonb JSONB = DateTimes.JSONB;
  private static final Type QUESTIONS =
      new ArrayList<Question>() {}.getClass().getGenericSuperclass();
  private static final Type ANSWERS = new ArrayList<Answer>() {}.getClass().getGenericSuperclass();

  private JsonDocuments() {}

  public static String answersToJson(List<Answer> answers) {
    return JSONB.toJson(answers, ANSWERS);
  }

  public static List<Answer> answersFromJson(String json) {
    return List.copyOf(JSONB.<List<Answer>>fromJson(json, ANSWERS));
  }

  @Converter
  public static class QuestionsConverter implements AttributeConverter<List<Question>, String> {
    @Override
    public String convertToDatabaseColumn(List<Question> questions) {
      return JSONB.toJson(questions, QUESTIONS);
    }

    @Override
    public List<Question> convertToEntityAttribute(String json) {
      return List.copyOf(JSONB.<List<Question>>fromJson(json, QUESTIONS));
    }
  }

  @Converter
  public static class AnswersConverter implements AttributeConverter<List<Answer>, String> {
    @Override
    public String convertToDatabaseColumn(List<Answer> answers) {
      return answersToJson(answers);
    }

    @Override
    public List<Answer> convertToEntityAttribute(String json) {
      return answersFromJson(json);
    }
  }
}
