package io.github.veivalg.examples.spring;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.veivalg.Veivalg;
import io.github.veivalg.jackson.VeivalgModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application that answers {@code POST /assessments} with the JSON contract.
 *
 * <p>Two beans are all Veivalg needs: one {@link Veivalg} for the whole application (loading the
 * knowledge base takes a moment, and an instance is thread-safe), closed when the application
 * stops; and the {@link VeivalgModule}, which Spring Boot registers with the {@code ObjectMapper}
 * of its HTTP message converters, so that a controller takes an {@code AssessmentRequest} and
 * returns an {@code Assessment} as it would any other value.
 */
@SpringBootApplication
public class VeivalgApplication {

    /** Starts the application: {@code java -jar veivalg-spring-boot-example.jar}. */
    public static void main(String[] args) {
        SpringApplication.run(VeivalgApplication.class, args);
    }

    /** The one Veivalg of the application: loaded once at start-up, closed on shutdown. */
    @Bean(destroyMethod = "close")
    public Veivalg veivalg() {
        return Veivalg.create();
    }

    /** The JSON contract for Spring's converters: Boot adds every Jackson {@code Module} bean to its mapper. */
    @Bean
    public VeivalgModule veivalgModule() {
        return new VeivalgModule();
    }

    /** The largest request body read, in bytes: a request is a few kilobytes; anything far larger is refused unread. */
    public static final long MAX_REQUEST_BYTES = 1 << 20;

    /** Bounds what Jackson reads, so that a huge body is refused with a listed problem instead of filling the heap. */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer boundedReading() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxDocumentLength(MAX_REQUEST_BYTES).maxNestingDepth(64).build()));
    }
}
