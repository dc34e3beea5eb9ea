package uk.svkit.sdk.implementation;

import java.util.List;

/** RFC 9457 problem document with the {@code errors} extension. */
public final class ProblemBody {

  public String type;
  public String title;
  public Integer status;
  public String detail;
  public String instance;
  public List<FieldErrorBody> errors;

  public ProblemBody() {}

  /** One entry of {@code errors}. */
  public static final class FieldErrorBody {

    public String field;
    public String message;

    public FieldErrorBody() {}
  }
}
