/** The part of js-quantities (1.8, MIT) this app uses; the package ships no types. */
declare module 'js-quantities/esm' {
  interface Qty {
    readonly scalar: number;
    to(unit: string): Qty;
    isCompatible(other: Qty | string): boolean;
  }
  function Qty(value: number, unit: string): Qty;
  export default Qty;
}
