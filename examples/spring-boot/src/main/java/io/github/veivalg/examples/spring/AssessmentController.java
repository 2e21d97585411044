package io.github.veivalg.examples.spring;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.Veivalg;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * {@code POST /assessments}: the contract's request in, the contract's response out, in the language
 * of the {@code Accept-Language} header (bokmål when there is none; English for any language but
 * Norwegian). A bad request never reaches this method: {@link ContractErrors} answers it with 400.
 */
@RestController
public class AssessmentController {

    private final Veivalg veivalg;

    public AssessmentController(Veivalg veivalg) {
        this.veivalg = veivalg;
    }

    /** Assesses one request. */
    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Assessment assess(@RequestBody AssessmentRequest request, Locale locale) {
        return veivalg.assess(request, locale);
    }
}
