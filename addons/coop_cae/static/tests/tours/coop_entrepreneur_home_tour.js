// The entrepreneur lands on her own home, "Mon activité" (issues 13 and 17):
// her activity's figures, and a new invoice one click away.
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("coop_entrepreneur_home", {
    url: "/odoo",
    steps: () => [
        {
            content: "She lands on her activity's home",
            trigger: ".o_form_view .oe_title:contains(Savonnerie)",
        },
        {
            content: "Her revenue of the year is shown",
            trigger: ".oe_stat_button[name=action_open_invoices] .o_stat_value",
        },
        {
            content: "Her unpaid invoice is counted",
            trigger: ".oe_stat_button[name=action_open_unpaid_invoices]:contains(Unpaid Invoices: 1)",
        },
        {
            content: "Open her unpaid invoices",
            trigger: ".oe_stat_button[name=action_open_unpaid_invoices]",
            run: "click",
        },
        {
            content: "Her own invoice only",
            trigger: ".o_list_view .o_data_row:contains(Client a)",
        },
        {
            content: "No other activity's",
            trigger: ".o_list_view:not(:has(.o_data_row:contains(Client b)))",
        },
        {
            content: "Back to her home",
            trigger: ".o_breadcrumb .o_back_button a, .o_breadcrumb li:first-child a",
            run: "click",
        },
        {
            content: "Start a new invoice",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_new_invoice]",
            run: "click",
        },
        {
            content: "The invoice form opens",
            trigger: ".o_form_view .o_field_widget[name=partner_id] input",
        },
    ],
});
