// The bookings' calendar with a New button (issue 13): Odoo's plain calendar
// only creates on a click in an empty slot, which entrepreneurs did not find.
import { registry } from "@web/core/registry";
import { CalendarController } from "@web/views/calendar/calendar_controller";
import { calendarView } from "@web/views/calendar/calendar_view";

export class CoopBookingCalendarController extends CalendarController {
    static template = "coop_coworking.BookingCalendarController";

    onClickNew() {
        // The same dialog as a click in a slot, with the slot left to choose.
        return this.editRecord({}, this.props.context);
    }
}

registry.category("views").add("coop_booking_calendar", {
    ...calendarView,
    Controller: CoopBookingCalendarController,
});
