package org.quotedesk.web.errors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The error page people see, in the site's layout; programs get problem details instead. */
final class ErrorPages {

    private ErrorPages() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }
}
