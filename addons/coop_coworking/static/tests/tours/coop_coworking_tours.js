// The entrepreneur books a room from "My Bookings" (issue 13): the calendar's
// New button, a room and a slot of today, saved, then seen in her calendar.
// The tour fails on any error dialog or JavaScript error.
import { registry } from "@web/core/registry";

const today = luxon.DateTime.now().toFormat("yyyy-MM-dd");

registry.category("web_tour.tours").add("coop_coworking_book_a_room", {
    steps: () => [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button:enabled",
            run: "click",
        },
        {
            content: "Open the Coworking app",
            trigger: '.o_app[data-menu-xmlid="coop_coworking.coop_coworking_menu_root"]',
            run: "click",
        },
        {
            content: "Her bookings' calendar has a New button",
            trigger: ".o_calendar_view .o_control_panel .o_coop_booking_new",
            run: "click",
        },
        {
            content: "Choose the room",
            trigger: ".modal .o_field_widget[name=resource_id] input",
            run: "edit Germinal",
        },
        {
            content: "Pick Salle Germinal",
            trigger: ".modal .o_field_widget[name=resource_id] .o-autocomplete--dropdown-item:contains(Salle Germinal)",
            run: "click",
        },
        {
            content: "From ten",
            trigger: ".modal .o_field_widget[name=start] input",
            run: `edit ${today} 10:00:00`,
        },
        {
            content: "To noon",
            trigger: ".modal .o_field_widget[name=stop] input",
            run: `edit ${today} 12:00:00`,
        },
        {
            content: "Say what for",
            trigger: ".modal .o_field_widget[name=purpose] textarea",
            run: "edit Atelier savon avec des clientes",
        },
        {
            content: "Save the booking",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "Her booking shows in her calendar",
            trigger: "body:not(:has(.modal)) .o_calendar_view .fc-event:contains(Salle Germinal)",
        },
    ],
});
