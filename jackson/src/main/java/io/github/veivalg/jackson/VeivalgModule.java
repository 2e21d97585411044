package io.github.veivalg.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.PathInfo;
import io.github.veivalg.Problem;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdUsed;
import io.github.veivalg.ThresholdsInForce;

/**
 * Teaches Jackson Veivalg's JSON contract (format version {@value JsonContract#FORMAT_VERSION}): an
 * {@link AssessmentRequest} is read and written as the contract's request, an {@link Assessment} is
 * written as its response, and a {@link ThresholdUsed}, {@link ThresholdsInForce}, {@link PathInfo},
 * {@link Question} and {@link Problem} in the contract's shapes.
 *
 * <p>The contract has one implementation, {@link JsonContract}, and this module delegates to it:
 * JSON text becomes plain maps and lists, which {@link JsonContract#requestFromMap} turns into a
 * request, and an answer goes out as {@link JsonContract#responseToMap}. So a field added to the
 * contract comes along without a change here. A request that breaks the contract is refused with
 * core's {@link InvalidRequestException}, naming every problem at once (a field that appears twice
 * and malformed JSON inside the request included); nothing is assessed.
 *
 * <p>Example (register):
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new VeivalgModule()).build();
 * AssessmentRequest request = mapper.readValue(json, AssessmentRequest.class);  // InvalidRequestException if bad
 * String answer = mapper.writeValueAsString(veivalg.assess(request, Locale.ENGLISH));
 * }</pre>
 *
 * <p>In Spring Boot, declare the module as a bean: Boot registers every {@code Module} bean with the
 * {@code ObjectMapper} its HTTP message converter uses. An answer is written in the language it was
 * assessed in; the module does not pick one.
 */
public final class VeivalgModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module with Veivalg's serializers and the request's deserializer. */
    public VeivalgModule() {
        super("veivalg", Version.unknownVersion());
        addDeserializer(AssessmentRequest.class, new RequestDeserializer());
        addSerializer(new ContractSerializer<>(AssessmentRequest.class, ContractMaps::requestToMap));
        addSerializer(new ContractSerializer<>(Assessment.class, JsonContract::responseToMap));
        addSerializer(new ContractSerializer<>(ThresholdUsed.class, JsonContract::thresholdToMap));
        addSerializer(new ContractSerializer<>(ThresholdsInForce.class, ContractMaps::thresholdsToMap));
        addSerializer(new ContractSerializer<>(PathInfo.class, ContractMaps::pathInfoToMap));
        addSerializer(new ContractSerializer<>(Question.class, ContractMaps::questionToMap));
        addSerializer(new ContractSerializer<>(Problem.class, ContractMaps::problemToMap));
    }
}
