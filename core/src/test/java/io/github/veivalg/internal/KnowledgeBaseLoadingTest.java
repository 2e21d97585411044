package io.github.veivalg.internal;

import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.vocabulary.PathId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine refuses an empty or partial knowledge base, and the shipped one is complete. */
class KnowledgeBaseLoadingTest {

    /** A class loader that hides the executable model's index, as a careless shading would. */
    private static final class WithoutModel extends ClassLoader {
        WithoutModel() {
            super(KnowledgeBaseLoadingTest.class.getClassLoader());
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("META-INF/kie/") ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("META-INF/kie/") ? Collections.emptyEnumeration() : super.getResources(name);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            return name.startsWith("META-INF/kie/") ? null : super.getResourceAsStream(name);
        }
    }

    @Test
    void aClassPathWithoutTheKnowledgeBase_failsLoudly() {
        // In the same package as KnowledgeBase, so its package-private load(ClassLoader) is called directly.
        assertThatThrownBy(() -> KnowledgeBase.load(new WithoutModel()))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("missing");
    }

    @Test
    void theShippedKnowledgeBase_decidesEveryPath_andEveryRuleNamesItsLegalBasis() {
        KnowledgeBase kb = KnowledgeBase.load();
        for (io.github.veivalg.vocabulary.PathId path : io.github.veivalg.vocabulary.PathId.values()) {
            assertThat(kb.rulesFor(path)).as("rules deciding %s", path).isNotEmpty();
        }
        assertThat(kb.rules().values()).allSatisfy(rule -> {
            assertThat(rule.legalBasis()).as(rule.id()).matches(".*(FOA|LOA|CJEU|EEA).*");
            assertThat(rule.messageKey()).isNotBlank();
        });
    }

    @Test
    void messageBundles_haveTheSameKeysAndPlaceholders_inBokmalAndEnglish() {
        Messages messages = Messages.load();
        Locale nb = Locale.forLanguageTag("nb");
        assertThat(messages.keys(nb)).isEqualTo(messages.keys(Locale.ENGLISH));
        for (String key : messages.keys(nb)) {
            assertThat(placeholders(messages.pattern(key, Locale.ENGLISH))).as(key).isEqualTo(placeholders(messages.pattern(key, nb)));
            assertThat(messages.pattern(key, nb)).as(key).isNotBlank();
        }
    }

    @Test
    void everyPath_andEveryFact_hasItsTexts() {
        Messages messages = Messages.load();
        for (Locale locale : new Locale[] {Locale.forLanguageTag("nb"), Locale.ENGLISH}) {
            for (PathId id : PathId.values()) {
                for (String part : new String[] {"title", "description", "conditions"}) {
                    assertThat(messages.has("path." + id + "." + part, locale)).as("path.%s.%s in %s", id, part, locale).isTrue();
                }
            }
            for (io.github.veivalg.kb.vocabulary.Fact fact : io.github.veivalg.kb.vocabulary.Fact.values()) {
                assertThat(messages.has("fact." + fact.fieldPath() + ".label", locale)).as(fact.fieldPath()).isTrue();
                assertThat(messages.has("fact." + fact.fieldPath() + ".question", locale)).as(fact.fieldPath()).isTrue();
            }
            for (Band band : Band.values()) {
                assertThat(messages.has("band." + band, locale)).as("band.%s", band).isTrue();
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * Only the findings some rule reads go into working memory (#17, {@code Decisions}). This reads
     * the built network: every Finding pattern must name its paths, and every path it can match must
     * be one the engine inserts, or a rule would wait for a finding that never comes.
     */
    @Test
    void everyFindingPattern_readsOnlyPathsThatGoIntoWorkingMemory() {
        org.drools.core.impl.InternalRuleBase rete = (org.drools.core.impl.InternalRuleBase) KnowledgeBase.load().kieBase();
        org.drools.core.reteoo.ObjectTypeNode findings = rete.getRete().getObjectTypeNodes().stream()
                .filter(otn -> otn.getObjectType().toString().contains(io.github.veivalg.kb.vocabulary.Finding.class.getName()))
                .findFirst().orElseThrow();
        Set<String> read = new TreeSet<>();
        Set<String> otherConstraints = new TreeSet<>();
        Pattern onePath = Pattern.compile("path == PathId\\.(\\w+)");
        for (org.drools.core.reteoo.ObjectSink sink : findings.getObjectSinkPropagator().getSinks()) {
            // A pattern without an alpha constraint would read every path.
            assertThat(sink).as("a Finding pattern without a constraint on its path").isInstanceOf(org.drools.core.reteoo.AlphaNode.class);
            String constraint = ((org.drools.core.reteoo.AlphaNode) sink).getConstraint().toString();
            String text = constraint.substring(constraint.indexOf("), ") + 3, constraint.length() - 1);
            Matcher m = onePath.matcher(text);
            if (m.matches()) {
                read.add(m.group(1));
            } else {
                otherConstraints.add(text);
                if (text.equals("status.isOpen()")) {
                    for (org.drools.core.reteoo.ObjectSink next : ((org.drools.core.reteoo.AlphaNode) sink).getObjectSinkPropagator().getSinks()) {
                        String c = ((org.drools.core.reteoo.AlphaNode) next).getConstraint().toString();
                        otherConstraints.add(c.substring(c.indexOf("), ") + 3, c.length() - 1));
                    }
                }
            }
        }
        assertThat(read).isNotEmpty().allSatisfy(path ->
                assertThat(io.github.veivalg.kb.vocabulary.Paths.isReadByRules(PathId.valueOf(path))).as(path).isTrue());
        // The other patterns read the scope paths, or the open contracts of Part II and Part III.
        assertThat(otherConstraints).containsOnly("scopePath", "status.isOpen()",
                "path memberOf Paths.partIIContracts()", "path memberOf Paths.partIIIContracts()");
        Set<PathId> inserted = io.github.veivalg.kb.vocabulary.Paths.readByRules();
        assertThat(inserted).containsAll(io.github.veivalg.kb.vocabulary.Paths.partIIContracts())
                .containsAll(io.github.veivalg.kb.vocabulary.Paths.partIIIContracts());
        for (PathId path : PathId.values()) {
            if (io.github.veivalg.kb.vocabulary.Paths.isScopePath(path)) {
                assertThat(inserted).contains(path);
            }
        }
    }
}
