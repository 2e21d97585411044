package io.github.veivalg.internal;

import org.apiguardian.api.API;

import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.kb.Resources;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.kb.vocabulary.Fact;
import io.github.veivalg.kb.vocabulary.Msg;
import io.github.veivalg.kb.vocabulary.Nok;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.kb.vocabulary.Pct;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The knowledge base's message bundles, in Norwegian bokmål and English, and the rendering of a
 * message key with its arguments into a plain sentence.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, …, replaced by the arguments formatted for the
 * language: amounts as kroner, dates written out, percentages, and the names of paths, bands and
 * facts taken from the bundles themselves. A missing key or an unfilled placeholder is a
 * knowledge-base defect, never shown to a user.
 */
@API(status = INTERNAL)
public final class Messages {

    /** The two languages of the bundles. */
    public static final Locale BOKMAL = Locale.forLanguageTag("nb");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The bundles, one per part of the knowledge base, under {@code io/github/veivalg/kb/messages/}. */
    public static final List<String> BUNDLES = List.of(
            "gate", "scope", "value", "part1", "part2", "part3", "health-social", "reservations", "guidance",
            "obligations", "notices", "terms", "facts", "paths", "protocol",
            "law-data");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    // Dates are written out; DateTimeFormatter is immutable and thread-safe.
    private static final DateTimeFormatter DATE_NB = DateTimeFormatter.ofPattern("d. MMMM yyyy", BOKMAL);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", ENGLISH);

    // DecimalFormat is not thread-safe and Messages is shared between threads: these prototypes are
    // never used to format, only cloned (clone() only reads them), and each call formats with its own clone.
    private static final DecimalFormat MONEY_NB = moneyFormat(true);
    private static final DecimalFormat MONEY_EN = moneyFormat(false);
    private static final DecimalFormat PERCENT_NB = percentFormat(true);
    private static final DecimalFormat PERCENT_EN = percentFormat(false);

    /**
     * How many rendered messages with arguments each language keeps. The same rule with the same
     * figures gives the same sentence, and a case system asks about the same few thresholds and
     * dates again and again; past this bound a sentence is rendered each time, so the memory stays
     * bounded whatever the callers send.
     */
    static final int RENDERED_WITH_ARGS_LIMIT = 4_096;

    private final Language bokmal;
    private final Language english;

    /** One language's message patterns, and what is made from them once and kept. */
    private static final class Language {
        final Map<String, String> patterns;
        // A message renders the same every time for the same arguments. Without arguments it is rendered
        // once (bounded by the number of keys), so titles, status words, questions and plain obligations
        // cost a lookup; with arguments, up to RENDERED_WITH_ARGS_LIMIT of them are kept.
        final Map<String, String> withoutArgs = new ConcurrentHashMap<>();
        final Map<Rendered, String> withArgs = new ConcurrentHashMap<>();
        // Each pattern split once into its literal parts and placeholders (bounded by the number of keys).
        final Map<String, Template> templates = new ConcurrentHashMap<>();

        Language(Map<String, String> patterns) {
            this.patterns = patterns;
        }
    }

    private Messages(Map<String, String> bokmal, Map<String, String> english) {
        this.bokmal = new Language(bokmal);
        this.english = new Language(english);
    }

    public static Messages load() {
        return new Messages(read("nb"), read("en"));
    }

    private static Map<String, String> read(String language) {
        Map<String, String> all = new HashMap<>();
        for (String bundle : BUNDLES) {
            String resource = "messages/" + bundle + "_" + language + ".properties";
            try (InputStream in = Resources.open(resource)) {
                if (in == null) {
                    throw new KnowledgeBaseException("Message bundle missing: " + resource);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : p.stringPropertyNames()) {
                    if (all.put(key, p.getProperty(key)) != null) {
                        throw new KnowledgeBaseException("Message key " + key + " is defined twice (" + resource + ")");
                    }
                }
            } catch (IOException e) {
                throw new KnowledgeBaseException("Cannot read " + resource, e);
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** Bokmål for Norwegian (nb, no, nn), English for everything else. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return BOKMAL;
        }
        String language = locale.getLanguage();
        return language.equals("nb") || language.equals("no") || language.equals("nn") ? BOKMAL : ENGLISH;
    }

    private Language language(Locale locale) {
        return supported(locale) == BOKMAL ? bokmal : english;
    }

    private Map<String, String> bundle(Locale locale) {
        return language(locale).patterns;
    }

    /** The sentences with arguments kept for a language (for tests of the bound). */
    Map<?, String> keptWithArgs(Locale locale) {
        return Collections.unmodifiableMap(language(locale).withArgs);
    }

    public boolean has(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    public Set<String> keys(Locale locale) {
        return new TreeSet<>(bundle(locale).keySet());
    }

    /** The raw pattern of a key, for checks of the bundles. */
    public String pattern(String key, Locale locale) {
        return bundle(locale).get(key);
    }

    public String render(Msg message, Locale locale) {
        return render(message.key(), message.args(), locale);
    }

    /** A message and its arguments, as the key of a rendered text. */
    private record Rendered(String key, List<?> args) {
    }

    public String render(String key, List<?> args, Locale locale) {
        Language language = language(locale);
        if (args.isEmpty()) {
            String text = language.withoutArgs.get(key);
            if (text == null) {
                text = fill(key, args, locale);
                language.withoutArgs.put(key, text);
            }
            return text;
        }
        Map<Rendered, String> rendered = language.withArgs;
        String text = rendered.get(new Rendered(key, args));
        if (text == null) {
            text = fill(key, args, locale);
            if (rendered.size() < RENDERED_WITH_ARGS_LIMIT) {
                // The caller's list may change later: the key keeps its own copy.
                rendered.put(new Rendered(key, Collections.unmodifiableList(new java.util.ArrayList<>(args))), text);
            }
        }
        return text;
    }

    private String fill(String key, List<?> args, Locale locale) {
        Language language = language(locale);
        Template template = language.templates.get(key);
        if (template == null) {
            String pattern = language.patterns.get(key);
            if (pattern == null) {
                throw new KnowledgeBaseException("No " + supported(locale).getLanguage() + " message for key " + key);
            }
            template = Template.of(pattern);
            language.templates.put(key, template);
        }
        if (template.arity() > args.size()) {
            throw new KnowledgeBaseException("Message " + key + " needs argument {" + (template.arity() - 1) + "} but got " + args.size());
        }
        StringBuilder out = new StringBuilder(template.length());
        for (int i = 0; i < template.placeholders().length; i++) {
            out.append(template.literals()[i]).append(format(args.get(template.placeholders()[i]), locale));
        }
        return out.append(template.literals()[template.placeholders().length]).toString();
    }

    /**
     * A pattern split at its placeholders: {@code literals[i]}, then argument {@code placeholders[i]},
     * …, then the last literal. {@code arity} is one more than the highest placeholder.
     */
    private record Template(String[] literals, int[] placeholders, int arity, int length) {
        static Template of(String pattern) {
            Matcher m = PLACEHOLDER.matcher(pattern);
            List<String> literals = new java.util.ArrayList<>();
            List<Integer> placeholders = new java.util.ArrayList<>();
            int from = 0;
            int arity = 0;
            while (m.find()) {
                literals.add(pattern.substring(from, m.start()));
                int index = Integer.parseInt(m.group(1));
                placeholders.add(index);
                arity = Math.max(arity, index + 1);
                from = m.end();
            }
            literals.add(pattern.substring(from));
            return new Template(literals.toArray(String[]::new), placeholders.stream().mapToInt(Integer::intValue).toArray(),
                    arity, pattern.length() + 16 * placeholders.size());
        }
    }

    /** Renders a one-off text (a protocol line, a what-if sentence) without keeping it. */
    public String render(String key, Locale locale, Object... args) {
        return args.length == 0 ? render(key, List.of(), locale) : fill(key, java.util.Arrays.asList(args), locale);
    }

    /** Formats one argument for the language. */
    public String format(Object arg, Locale locale) {
        boolean nb = supported(locale) == BOKMAL;
        if (arg == null) {
            return "–";
        }
        if (arg instanceof Nok n) {
            return money(n.kroner(), nb);
        }
        if (arg instanceof Msg m) {
            // A clause of its own, such as "the share is 45 %" or "the share is not stated".
            return render(m, locale);
        }
        if (arg instanceof io.github.veivalg.vocabulary.Money m) {
            return money(m.kroner(), nb);
        }
        if (arg instanceof Pct p) {
            return percent(p.value(), nb);
        }
        if (arg instanceof LocalDate d) {
            return d.format(nb ? DATE_NB : DATE_EN);
        }
        if (arg instanceof Boolean b) {
            return render(b ? "term.yes" : "term.no", List.of(), locale);
        }
        if (arg instanceof PathId p) {
            return render("path." + p.name() + ".title", List.of(), locale);
        }
        if (arg instanceof Band b) {
            return render("band." + b.name(), List.of(), locale);
        }
        if (arg instanceof Fact f) {
            return render("fact." + f.fieldPath() + ".label", List.of(), locale);
        }
        if (arg instanceof Enum<?> e) {
            String key = "term." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return has(key, locale) ? render(key, List.of(), locale) : e.name();
        }
        if (arg instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return "–";
            }
            if (c.stream().allMatch(Msg.class::isInstance)) {
                // Clauses that are sentences of their own ("obstacle.*") read one after the other.
                return c.stream().map(o -> format(o, locale)).collect(Collectors.joining(" "));
            }
            return c.stream().map(o -> format(o, locale)).collect(Collectors.joining(", "));
        }
        return arg.toString();
    }

    private static DecimalFormat moneyFormat(boolean nb) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(nb ? BOKMAL : ENGLISH);
        symbols.setGroupingSeparator(nb ? '\u00a0' : ',');
        return new DecimalFormat("#,##0", symbols);
    }

    private static DecimalFormat percentFormat(boolean nb) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(nb ? BOKMAL : ENGLISH);
        symbols.setDecimalSeparator(nb ? ',' : '.');
        return new DecimalFormat("0.##", symbols);
    }

    private static String money(long kroner, boolean nb) {
        String digits = ((DecimalFormat) (nb ? MONEY_NB : MONEY_EN).clone()).format(kroner);
        return nb ? digits + "\u00a0kr" : "NOK\u00a0" + digits;
    }

    private static String percent(double value, boolean nb) {
        return ((DecimalFormat) (nb ? PERCENT_NB : PERCENT_EN).clone()).format(value) + "\u00a0%";
    }
}
