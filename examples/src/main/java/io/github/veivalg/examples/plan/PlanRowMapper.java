package io.github.veivalg.examples.plan;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one plan row into a request, or into every problem of the row at once.
 *
 * <p>What a plan leaves out comes from the options: the buyer ({@code --buyer}) and the date
 * ({@code --date}). With {@code scopeAsPurchase} (the default), a plan row is taken for what a plan
 * lists: a purchase, that is a contract binding both parties to pay and deliver, with a value that
 * includes options (the template's heading says so). Those are REGIME facts (spec a.0), stated here
 * because no presumption may decide them. The exemptions (grant, in-house, employment contract, real
 * estate, ...) are EXCEPTION facts a plan does not state: the engine presumes them not established
 * and each answer names those presumptions, which the report lists per purchase.
 */
public final class PlanRowMapper {

    /** The defaults a plan leaves out: the date, the buyer, and whether a row is taken for a purchase within the rules. */
    public record Defaults(LocalDate date, AuthorityKind buyer, boolean scopeAsPurchase) {
    }

    /** A row read: its request, or its problems. */
    record Mapped(AssessmentRequest request, List<Problem> problems) {
        boolean ok() {
            return request != null;
        }
    }

    private final PlanHeader header;
    private final Defaults defaults;

    PlanRowMapper(PlanHeader header, Defaults defaults) {
        this.header = header;
        this.defaults = defaults;
    }

    String cell(PlanReader.RawRow row, PlanColumn column) {
        return header.cell(row, column);
    }

    Mapped map(PlanReader.RawRow row) {
        List<Problem> problems = new ArrayList<>();
        if (row.blank()) {
            problems.add(new Problem("row", "is empty"));
            return new Mapped(null, problems);
        }
        String purchase = cell(row, PlanColumn.PURCHASE);
        if (purchase.isEmpty()) {
            problems.add(new Problem(label(PlanColumn.PURCHASE), "is empty: every purchase needs a short description"));
        }
        Long value = null;
        String rawValue = cell(row, PlanColumn.VALUE);
        if (rawValue.isEmpty()) {
            problems.add(new Problem(label(PlanColumn.VALUE), "is empty: the estimated value in kroner ex VAT, options included, decides the rules"));
        } else {
            try {
                value = Cells.amount(rawValue);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.VALUE), e.getMessage()));
            }
        }
        Cells.Category category = null;
        String rawCategory = cell(row, PlanColumn.CATEGORY);
        List<String> cpv = new ArrayList<>();
        for (String code : cell(row, PlanColumn.CPV).split("[\\s,;/]+")) {
            if (!code.isBlank()) {
                // "85312000-9": the check digit is dropped, as the law prints the codes without it.
                cpv.add(code.replaceAll("-\\d$", ""));
            }
        }
        if (!rawCategory.isEmpty()) {
            try {
                category = Cells.category(rawCategory);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.CATEGORY), e.getMessage()));
            }
        } else if (cpv.isEmpty()) {
            problems.add(new Problem(label(PlanColumn.CATEGORY), "is empty, and so is the CPV code: one of them must say what is bought"));
        }
        LocalDate date = defaults.date();
        String rawDate = cell(row, PlanColumn.DATE);
        if (!rawDate.isEmpty()) {
            try {
                date = Cells.date(rawDate);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.DATE), e.getMessage()));
            }
        }
        AuthorityKind buyer = defaults.buyer();
        String rawBuyer = cell(row, PlanColumn.BUYER);
        if (!rawBuyer.isEmpty()) {
            try {
                buyer = Cells.buyer(rawBuyer);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.BUYER), e.getMessage()));
            }
        }
        Integer months = null;
        String rawMonths = cell(row, PlanColumn.DURATION);
        if (!rawMonths.isEmpty()) {
            try {
                months = Cells.months(rawMonths);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.DURATION), e.getMessage()));
            }
        }
        AgreementType agreement = defaults.scopeAsPurchase() ? AgreementType.SINGLE_CONTRACT : null;
        String rawAgreement = cell(row, PlanColumn.AGREEMENT);
        if (!rawAgreement.isEmpty()) {
            try {
                agreement = Cells.agreement(rawAgreement);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.AGREEMENT), e.getMessage()));
            }
        }
        List<Cells.SupplierWord> supplier = List.of();
        String rawSupplier = cell(row, PlanColumn.SUPPLIER);
        if (!rawSupplier.isEmpty()) {
            try {
                supplier = Cells.supplier(rawSupplier);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.SUPPLIER), e.getMessage()));
            }
        }
        Boolean pilot = null;
        String rawPilot = cell(row, PlanColumn.PILOT);
        if (!rawPilot.isEmpty()) {
            try {
                pilot = Cells.yesNo(rawPilot);
            } catch (Cells.CellException e) {
                problems.add(new Problem(label(PlanColumn.PILOT), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Mapped(null, problems);
        }
        return build(date, buyer, category, cpv, value, months, agreement, supplier, pilot);
    }

    private Mapped build(LocalDate date, AuthorityKind buyer, Cells.Category category, List<String> cpv, Long value, Integer months,
                         AgreementType agreement, List<Cells.SupplierWord> supplier, Boolean pilot) {
        boolean scope = defaults.scopeAsPurchase();
        AssessmentRequest.Builder b = AssessmentRequest.builder(date);
        b.buyer(x -> {
            x.authorityKind(buyer);
        });
        b.purchase(x -> {
            if (category != null) {
                x.subjectType(category.subject()).serviceCategory(category.service());
            }
            if (!cpv.isEmpty()) {
                x.cpvCodes(cpv);
            }
            x.estimatedValueNok(value).valueIncludesOptionsAndExtensions(true).contractDurationMonths(months).agreementType(agreement);
            if (scope) {
                x.isMutuallyBindingForPayment(true);
            }
        });
        b.supplier(x -> {
            for (Cells.SupplierWord w : supplier) {
                switch (w) {
                    case IDEELL -> x.isNonProfit(true);
                    case NOT_IDEELL -> x.isNonProfit(false);
                    case WORK_INTEGRATION -> x.mainPurposeWorkIntegration(true).supplierIsSocialEntrepreneur(true);
                    case SOCIAL_ENTREPRENEUR -> x.supplierIsSocialEntrepreneur(true);
                    case SME -> x.isSme(true);
                    case UNKNOWN -> { }
                }
            }
        });
        b.process(x -> x.isPilot(pilot));
        try {
            return new Mapped(b.build(), List.of());
        } catch (InvalidRequestException e) {
            return new Mapped(null, e.problems());
        }
    }

    private static String label(PlanColumn c) {
        return c.norwegian() + " / " + c.english();
    }
}
