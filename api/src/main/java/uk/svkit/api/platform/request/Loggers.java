package uk.svkit.api.platform.request;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Loggers whose every line carries the id of the request being served, so one request can be
 * followed through the log. Use {@code Loggers.of(getClass())} instead of {@code Logger.getLogger}.
 */
public final class Loggers {
  private static final Filter REQUEST_ID_PREFIX = Loggers::prefixRequestId;

  private Loggers() {}

  public static Logger of(Class<?> type) {
    Logger logger = Logger.getLogger(type.getName());
    logger.setFilter(REQUEST_ID_PREFIX);
    return logger;
  }

  private static boolean prefixRequestId(LogRecord record) {
    String requestId = RequestContext.currentRequestId();
    if (requestId != null && record.getMessage() != null) {
      record.setMessage("[requestId=" + requestId + "] " + record.getMessage());
    }
    return true;
  }
}
