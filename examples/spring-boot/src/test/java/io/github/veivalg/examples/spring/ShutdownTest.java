package io.github.veivalg.examples.spring;

import io.github.veivalg.Veivalg;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The singleton is closed with the application, releasing the knowledge base. */
class ShutdownTest {

    @Test
    void closingTheApplicationClosesItsVeivalg() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(VeivalgApplication.class)
                .web(WebApplicationType.NONE).run();
        Veivalg veivalg = context.getBean(Veivalg.class);
        assertThat(veivalg.thresholdsOn(LocalDate.of(2025, 6, 1), Locale.ENGLISH)).isPresent();

        context.close();

        assertThatThrownBy(() -> veivalg.thresholdsOn(LocalDate.of(2025, 6, 1), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
