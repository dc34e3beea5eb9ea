package uk.svkit.api.recognition.domain;

/** A part of a programme: a theme an award is judged on, a framework pillar or a principle. */
public enum ElementKind {
  THEME,
  PILLAR,
  PRINCIPLE
}
