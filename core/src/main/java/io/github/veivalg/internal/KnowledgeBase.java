package io.github.veivalg.internal;

import org.apiguardian.api.API;

import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.kb.Resources;
import io.github.veivalg.kb.data.CpvCatalogue;
import io.github.veivalg.kb.data.LawVersions;
import io.github.veivalg.kb.data.ThresholdTable;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.kb.vocabulary.Paths;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The loaded knowledge base: the compiled rules (the executable model built by kie-maven-plugin)
 * and the data tables, checked so that a partial or empty knowledge base can never answer.
 *
 * <p>The executable model is loaded directly from the class names listed in the kjar's
 * {@code drools-model} file, without {@code kmodule.xml}: that needs neither the DRL compiler nor
 * XML support at runtime, and it does not depend on which {@code pom.properties} a shaded jar
 * keeps. Then every rule must carry {@code @id}, {@code @legalBasis}, {@code @messageKey} and
 * {@code @decides}, every path must be decided by some rule, and the tables must load; otherwise
 * loading fails with a {@link KnowledgeBaseException}.
 */
@API(status = INTERNAL)
public final class KnowledgeBase {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    static final String MODEL_INDEX = "META-INF/kie/io.github.veivalg/veivalg-rules-kb/drools-model";
    static final String VERSION_RESOURCE = "knowledge-base.properties";

    /** The metadata every rule must carry. */
    static final List<String> REQUIRED_METADATA = List.of("id", "legalBasis", "messageKey", "decides");

    private final KieBase kieBase;
    private final ThresholdTable thresholds;
    private final CpvCatalogue cpv;
    private final LawVersions lawVersions;
    private final String version;
    private final Map<String, RuleInfo> rulesById;
    private final Map<PathId, List<RuleInfo>> rulesByPath;

    /**
     * What the knowledge base says about one rule. {@code legalBasisParts} is {@code legalBasis}
     * split at {@code ;}, trimmed, without empty parts: split once here, not in every answer.
     */
    public record RuleInfo(String id, String name, String legalBasis, List<String> legalBasisParts, String messageKey,
                           Set<PathId> decides) {
    }

    private KnowledgeBase(KieBase kieBase, ThresholdTable thresholds, CpvCatalogue cpv, LawVersions lawVersions, String version) {
        this.kieBase = kieBase;
        this.thresholds = thresholds;
        this.cpv = cpv;
        this.lawVersions = lawVersions;
        this.version = version;
        this.rulesById = indexRules(kieBase);
        this.rulesByPath = indexByPath(rulesById);
    }

    /** Loads the knowledge base from the class path and checks it. */
    public static KnowledgeBase load() {
        return load(KnowledgeBase.class.getClassLoader());
    }

    /**
     * Loads the knowledge base with a law-data table checked beforehand (a buyer's newer copy), in
     * place of the shipped one.
     */
    public static KnowledgeBase load(ThresholdTable lawData) {
        return load(KnowledgeBase.class.getClassLoader(), lawData);
    }

    static KnowledgeBase load(ClassLoader loader) {
        return load(loader, null);
    }

    private static KnowledgeBase load(ClassLoader loader, ThresholdTable lawData) {
        long start = System.nanoTime();
        List<Model> models = models(loader);
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        } catch (RuntimeException e) {
            throw new KnowledgeBaseException("The knowledge base's executable model could not be built", e);
        }
        ThresholdTable thresholds;
        CpvCatalogue cpv;
        LawVersions versions;
        try {
            thresholds = lawData != null ? lawData : ThresholdTable.load();
            cpv = CpvCatalogue.shared();
            versions = LawVersions.load();
        } catch (RuntimeException e) {
            throw new KnowledgeBaseException("The knowledge base's data tables are missing or broken: " + e.getMessage(), e);
        }
        KnowledgeBase kb = new KnowledgeBase(kieBase, thresholds, cpv, versions, version(loader));
        LOG.debug("Loaded the Veivalg knowledge base {} with {} rules in {} ms", kb.version, kb.rulesById.size(),
                (System.nanoTime() - start) / 1_000_000);
        return kb;
    }

    private static List<Model> models(ClassLoader loader) {
        List<String> classNames = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new KnowledgeBaseException("The knowledge base is missing: " + MODEL_INDEX
                        + " is not on the class path (is veivalg-rules-kb a dependency, and did shading keep META-INF/kie?)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) {
                    classNames.add(line);
                }
            }
        } catch (IOException e) {
            throw new KnowledgeBaseException("Cannot read " + MODEL_INDEX, e);
        }
        if (classNames.isEmpty()) {
            throw new KnowledgeBaseException("The knowledge base is empty: " + MODEL_INDEX + " lists no rule model");
        }
        List<Model> models = new ArrayList<>();
        for (String className : classNames) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new KnowledgeBaseException("The knowledge base's rule model " + className + " cannot be loaded", e);
            }
        }
        return models;
    }

    /**
     * The knowledge base's version, {@code "<version> (FOA consolidated <date>)"}, read from its
     * version file alone, without loading the rules.
     *
     * @throws KnowledgeBaseException if the version file is missing or cannot be read
     */
    public static String version(ClassLoader loader) {
        try (InputStream in = Resources.open(VERSION_RESOURCE)) {
            if (in == null) {
                throw new KnowledgeBaseException("The knowledge base's version file " + VERSION_RESOURCE + " is missing");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.getProperty("version") + " (FOA consolidated " + p.getProperty("lawConsolidation") + ")";
        } catch (IOException e) {
            throw new KnowledgeBaseException("Cannot read " + VERSION_RESOURCE, e);
        }
    }

    private static Map<String, RuleInfo> indexRules(KieBase kieBase) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        List<String> defects = new ArrayList<>();
        // Indexed in the order of the rule ids, not the packages' own order, which can differ between
        // two builds of the same rules: explain() lists them in this order.
        List<Rule> rules = new ArrayList<>();
        kieBase.getKiePackages().forEach(pkg -> rules.addAll(pkg.getRules()));
        rules.sort(Comparator.comparing((Rule r) -> String.valueOf(r.getMetaData().get("id"))).thenComparing(Rule::getName));
        for (Rule rule : rules) {
            Map<String, Object> meta = rule.getMetaData();
            List<String> absent = REQUIRED_METADATA.stream().filter(k -> meta.get(k) == null).toList();
            if (!absent.isEmpty()) {
                defects.add("rule '" + rule.getName() + "' lacks @" + String.join(", @", absent));
                continue;
            }
            Set<PathId> decides = EnumSet.noneOf(PathId.class);
            for (String token : meta.get("decides").toString().split(",")) {
                String name = token.trim();
                if (name.isEmpty() || name.equals("-")) {
                    continue;
                }
                if (name.equals("*scoped")) {
                    decides.addAll(Paths.scoped());
                } else if (name.equals("*banded")) {
                    decides.addAll(Paths.banded());
                } else {
                    try {
                        decides.add(PathId.valueOf(name));
                    } catch (IllegalArgumentException e) {
                        defects.add("rule '" + rule.getName() + "' decides an unknown path " + name);
                    }
                }
            }
            String legalBasis = meta.get("legalBasis").toString();
            RuleInfo info = new RuleInfo(meta.get("id").toString(), rule.getName(), legalBasis, splitLegalBasis(legalBasis),
                    meta.get("messageKey").toString(), Collections.unmodifiableSet(decides));
            if (byId.put(info.id(), info) != null) {
                defects.add("rule id " + info.id() + " is used twice");
            }
        }
        if (byId.isEmpty()) {
            throw new KnowledgeBaseException("The knowledge base has no rules");
        }
        if (!defects.isEmpty()) {
            throw new KnowledgeBaseException("The knowledge base is defective: " + String.join("; ", defects));
        }
        return Collections.unmodifiableMap(byId);
    }

    private static List<String> splitLegalBasis(String basis) {
        return List.copyOf(Arrays.stream(basis.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    /** The names of the paths the map has no entry for, sorted; empty when every path has one. */
    static Set<String> undecided(Map<PathId, ?> byPath) {
        Set<String> undecided = new TreeSet<>();
        for (PathId path : PathId.values()) {
            if (!byPath.containsKey(path)) {
                undecided.add(path.name());
            }
        }
        return undecided;
    }

    private static Map<PathId, List<RuleInfo>> indexByPath(Map<String, RuleInfo> rules) {
        Map<PathId, List<RuleInfo>> byPath = new EnumMap<>(PathId.class);
        for (RuleInfo rule : rules.values()) {
            for (PathId path : rule.decides()) {
                byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(rule);
            }
        }
        Set<String> undecided = undecided(byPath);
        if (!undecided.isEmpty()) {
            throw new KnowledgeBaseException("The knowledge base is partial: no rule decides " + undecided);
        }
        Map<PathId, List<RuleInfo>> frozen = new EnumMap<>(PathId.class);
        byPath.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public ThresholdTable thresholds() {
        return thresholds;
    }

    public CpvCatalogue cpv() {
        return cpv;
    }

    public LawVersions lawVersions() {
        return lawVersions;
    }

    public String version() {
        return version;
    }

    public Map<String, RuleInfo> rules() {
        return rulesById;
    }

    public RuleInfo rule(String id) {
        return rulesById.get(id);
    }

    /** The rules that can decide the path, for {@code explain} and the load check. */
    public List<RuleInfo> rulesFor(PathId path) {
        return rulesByPath.get(path);
    }

}
