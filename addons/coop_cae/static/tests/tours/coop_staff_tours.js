// The staff's day in the web client (issue 13): each tour fails on any error
// dialog or JavaScript error.
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("coop_staff_validate_invoice", {
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
            content: "Open the Activities menu",
            trigger: '.o_menu_sections [data-menu-xmlid="coop_cae.coop_cae_menu_accounting"]',
            run: "click",
        },
        {
            content: "Open the invoices to validate",
            trigger: '[data-menu-xmlid="coop_cae.account_move_menu_to_validate"]',
            run: "click",
        },
        {
            content: "The submitted invoice waits in the queue",
            trigger: ".o_list_view .o_data_row .o_data_cell:contains(Épicerie Vrac et Bocaux)",
            run: "click",
        },
        {
            content: "Post it",
            trigger: ".o_form_view button[name=action_post]",
            run: "click",
        },
        {
            content: "It is posted",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=posted]",
        },
    ],
});

registry.category("web_tour.tours").add("coop_staff_admit_candidate", {
    steps: () => [
        {
            content: "Open the decision tab",
            trigger: ".o_notebook .nav-link[name=decision]",
            run: "click",
        },
        {
            content: "Open the decisions",
            trigger: ".o_field_widget[name=decision] .o_select_menu_toggler, .o_field_widget[name=decision] input",
            run: "click",
        },
        {
            content: "Admit to a CAPE",
            trigger: '.o_select_menu_item:contains("CAPE")',
            run: "click",
        },
        {
            content: "Say why",
            trigger: ".o_field_widget[name=decision_reason] textarea",
            run: "edit Projet viable, motivation forte",
        },
        {
            content: "Record the decision",
            trigger: "button[name=action_decide]",
            run: "click",
        },
        {
            content: "Admit her",
            trigger: ".o_form_view:not(:has(button[name=action_decide])) button[name=action_admit]",
            run: "click",
        },
        {
            content: "She is an entrepreneur now",
            trigger: ".o_form_view:not(:has(button[name=action_admit])) .o_field_widget[name=employee_id] a, .o_form_view:not(:has(button[name=action_admit])) .o_field_widget[name=employee_id] input:value(Léa Fontaine)",
        },
        {
            content: "Write her CAPE",
            trigger: "body",
            run: "goToUrl /odoo/coop-cape/new",
            expectUnloadPage: true,
        },
        {
            content: "For her",
            trigger: ".o_field_widget[name=employee_id] input",
            run: "edit Léa",
        },
        {
            content: "Pick her",
            trigger: ".o_field_widget[name=employee_id] .o-autocomplete--dropdown-item:contains(Léa Fontaine)",
            run: "click",
        },
        {
            content: "Signed on",
            trigger: ".o_field_widget[name=signature_date] input",
            run: "edit 2026-06-01",
        },
        {
            content: "Starting on",
            trigger: ".o_field_widget[name=date_start] input",
            run: "edit 2026-06-01",
        },
        {
            content: "Until",
            trigger: ".o_field_widget[name=date_end] input",
            run: "edit 2027-05-31",
        },
        {
            content: "Start the CAPE (it saves first)",
            trigger: "button[name=action_start]",
            run: "click",
        },
        {
            content: "It runs",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=running]",
        },
    ],
});
