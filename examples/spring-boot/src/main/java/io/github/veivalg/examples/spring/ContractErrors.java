package io.github.veivalg.examples.spring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/**
 * Bad input gets 400 with the contract's {@code errors}, every problem with its field path, and
 * never a stack trace.
 */
@RestControllerAdvice
public class ContractErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ContractErrors.class);

    /** A request that breaks the contract, as the Veivalg Jackson module refuses it. */
    @ExceptionHandler(InvalidRequestException.class)
    public ResponseEntity<Map<String, Object>> invalid(InvalidRequestException e) {
        return badRequest(e.problems());
    }

    /**
     * What the mapper refuses before the request starts: no body, not JSON, a second value after it.
     * Jackson may also wrap the module's refusal when the request is nested in another value.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRequestException invalid) {
                return badRequest(invalid.problems());
            }
        }
        LOG.debug("Unreadable request body", e);
        String message;
        if (e.getMostSpecificCause() instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            message = "is not valid JSON" + where + ": " + json.getOriginalMessage();
        } else {
            message = "is missing or unreadable: expected a JSON object";
        }
        return badRequest(List.of(new Problem("request", message)));
    }

    private static ResponseEntity<Map<String, Object>> badRequest(List<Problem> problems) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(JsonContract.errorsToMap(problems));
    }
}
