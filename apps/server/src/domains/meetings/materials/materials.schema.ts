/** Request schemas of the warehouse and a meeting's materials (M7): the meetings contract's. */
export {
  propertyIdQuery as propertyQuery,
  warehouseItemBody as itemBody,
  warehouseRestockBody as restockBody,
  materialCheckoutBody as checkoutBody,
  materialReturnBody as returnMaterialBody,
} from '@hy/contracts';
