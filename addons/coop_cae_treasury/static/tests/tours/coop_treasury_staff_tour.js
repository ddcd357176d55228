// The support worker's table of the activities, in French (issue 17): sorted
// on the cash, the alert of the activity in the red, an entrepreneur opened
// from it and her pay proposed. The test's data: Photographie (Marie Dupont)
// has 1 412,00 € of cash, Sophrologie (Julien Caron) -1 812,71 €.
import { registry } from "@web/core/registry";

const row = (activity) => `.o_list_view .o_data_row:has(.o_data_cell[name=activity_name]:contains(${activity}))`;

registry.category("web_tour.tours").add("coop_treasury_staff_activity_table", {
    url: "/odoo",
    steps: () => [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button:enabled",
            run: "click",
        },
        {
            content: "Open the Cooperative app",
            trigger: '.o_app[data-menu-xmlid="coop_cae.coop_cae_menu_root"]',
            run: "click",
        },
        {
            content: "Open the reporting menu",
            trigger: '.o_menu_sections [data-menu-xmlid="coop_cae.coop_cae_menu_reporting"]',
            run: "click",
        },
        {
            content: "Open the table of the activities",
            trigger: '[data-menu-xmlid="coop_cae_treasury.coop_activity_table_menu"]:contains(Tableau des activités)',
            run: "click",
        },
        {
            content: "The table lists Marie Dupont's activity",
            trigger: row("Photographie"),
        },
        {
            content: "And Julien Caron's",
            trigger: row("Sophrologie"),
        },
        {
            content: "Sort on the cash",
            trigger: ".o_list_view th[data-name=treasury]:contains(Trésorerie)",
            run: "click",
        },
        {
            content: "The list is sorted on the cash, lowest first",
            trigger: ".o_list_view th[data-name=treasury] .fa-sort-asc",
        },
        {
            content: "The activity in the red comes first",
            trigger: ".o_list_view .o_data_row:first-child .o_data_cell[name=activity_name]:contains(Sophrologie)",
        },
        {
            content: "Sort the other way",
            trigger: ".o_list_view th[data-name=treasury]",
            run: "click",
        },
        {
            content: "Sorted highest first, the richest activity comes first",
            trigger: ".o_list_view:has(th[data-name=treasury] .fa-sort-desc) .o_data_row:first-child .o_data_cell[name=activity_name]:contains(Photographie)",
        },
        {
            content: "The negative cash alert is a column of the table, in French",
            trigger: ".o_list_view th[data-name=alert_negative_cash]:contains(Trésorerie négative)",
        },
        {
            content: "Sophrologie's cash is negative: its row is red, its alert ticked",
            trigger: `${row("Sophrologie")}.text-danger .o_data_cell[name=alert_negative_cash] input:checked`,
        },
        {
            content: "Its cash is shown",
            trigger: `${row("Sophrologie")} .o_data_cell[name=treasury]:contains(1 812,71)`,
        },
        {
            content: "Photographie has no alert",
            trigger: `${row("Photographie")}:not(.text-danger) .o_data_cell[name=alert_negative_cash] input:not(:checked)`,
        },
        {
            content: "Open Marie Dupont from the table",
            trigger: `${row("Photographie")} button[name=action_open_entrepreneur]`,
            run: "click",
        },
        {
            content: "Her form opens",
            trigger: ".o_form_view .o_field_widget[name=name] input:value(Marie Dupont)",
        },
        {
            content: "Open the cooperative's tab",
            trigger: ".o_notebook .nav-link[name=coop_cae]",
            run: "click",
        },
        {
            content: "Her treasury and pay, in French",
            trigger: ".o_form_view .o_horizontal_separator:contains(Trésorerie et salaire)",
        },
        {
            content: "Write the net pay to propose",
            trigger: ".o_field_widget[name=coop_proposed_net_pay] input",
            run: "edit 50",
        },
        {
            content: "Propose it to her",
            trigger: ".o_form_view button[name=action_coop_propose_pay]:contains(Proposer à l'entrepreneur)",
            run: "click",
        },
        {
            content: "The to-do for her appears on her form",
            trigger: ".o-mail-Activity:contains(Salaire net proposé):contains(50,00)",
        },
        {
            content: "Her open documents are among the stat buttons beyond the first four",
            trigger: ".o-form-buttonbox .o_button_more",
            run: "click",
        },
        {
            content: "Her unpaid invoice is counted",
            trigger: ".o_dropdown_more .oe_stat_button[name=action_coop_open_unpaid_invoices]:contains(Factures impayées : 1)",
        },
        {
            content: "Open her bills to pay",
            trigger: ".o_dropdown_more .oe_stat_button[name=action_coop_open_bills_to_pay]:contains(Factures à payer : 1)",
            run: "click",
        },
        {
            content: "Her unpaid bill of 200,00 € is listed",
            trigger: ".o_list_view .o_data_row:contains(Photo Labo):contains(200,00)",
        },
        {
            content: "Her paid bill is not",
            trigger: ".o_list_view:not(:has(.o_data_row + .o_data_row))",
        },
    ],
});
