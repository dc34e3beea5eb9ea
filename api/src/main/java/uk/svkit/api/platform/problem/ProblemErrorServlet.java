package uk.svkit.api.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The web container's error page (see web.xml): errors raised outside JAX-RS, such as an unknown
 * path, a rejected token or an oversized body, become problem details too, never HTML.
 */
public class ProblemErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 401 -> "A valid bearer token is required.";
          case 403 -> "The caller is not allowed to do this.";
          case 404 ->
              "There is no resource at "
                  + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                  + ".";
          case 405 -> "The method is not allowed on this resource.";
          default ->
              status >= 500 ? "The server could not complete the request." : type.title() + ".";
        };
    Problem problem = Problems.problem(type, detail, null);
    problem.status = status;
    if (problem.instance == null) {
      // Some error dispatches happen after the entry filter has finished with the request.
      problem.instance = response.getHeader("X-Request-Id");
    }
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.getOutputStream().write(Problems.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }
}
