// moment-business-time ships no types; the bench uses it through its own narrow type.
declare module 'moment-business-time' {
  const moment: unknown;
  export default moment;
}
