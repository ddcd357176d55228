// The entrepreneur's day in the web client, as the ledger fence must leave
// it (issue 12): each tour fails on any error dialog or JavaScript error.
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("coop_entrepreneur_dashboard", {
    url: "/odoo/action-account.open_account_journal_dashboard_kanban",
    steps: () => [
        {
            content: "The invoicing dashboard shows her journals",
            trigger: ".o_kanban_view .o_kanban_record",
        },
    ],
});

registry.category("web_tour.tours").add("coop_entrepreneur_bills", {
    url: "/odoo/vendor-bills",
    steps: () => [
        {
            content: "Her bill from the shared supplier is listed",
            trigger: ".o_list_view .o_data_row:contains(Papeterie du Bassin)",
        },
        {
            content: "Only hers: another activity's bill of the same day is not",
            trigger: ".o_list_view:not(:has(.o_data_row + .o_data_row))",
        },
        {
            content: "Open it",
            trigger: ".o_data_row .o_data_cell:contains(Papeterie du Bassin)",
            run: "click",
        },
        {
            content: "The bill opens",
            trigger: ".o_form_view .o_field_widget[name=partner_id]",
        },
    ],
});

registry.category("web_tour.tours").add("coop_entrepreneur_expense", {
    url: "/odoo/expenses/new",
    steps: () => [
        {
            content: "Describe the expense",
            trigger: ".o_field_widget[name=name] input",
            run: "edit Train Lille - Paris",
        },
        {
            content: "Choose its category",
            trigger: ".o_field_widget[name=product_id] input",
            run: "edit Train",
        },
        {
            content: "Pick the train ticket",
            trigger: ".o_field_widget[name=product_id] .o-autocomplete--dropdown-menu li:contains(Train ticket)",
            run: "click",
        },
        {
            content: "Give its amount",
            trigger: ".o_field_widget[name=total_amount_currency] input",
            run: "edit 64",
        },
        {
            content: "Submit it to her support worker",
            trigger: "button[name=action_submit]",
            run: "click",
        },
        {
            content: "It waits for approval",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=submitted]",
        },
    ],
});
