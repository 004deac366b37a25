import { areaTexts } from '../i18n/area.ts';

/** Words of the offline features: waiting changes, this device's copy, the boards kept here. */
export const useOfflineText = areaTexts(
  {
    waiting: (count: number) => (count === 1 ? '1 change waiting' : `${count} changes waiting`),
    waitingHelp: 'Changes made on this device that the server has not received yet.',
    notSavedLocally: 'Not saved on this device',
    notSavedLocallyHelp:
      "This device's copy could not be written (storage full or blocked). Your changes still go to the server while you are online; free some space or stay connected.",
    onDevice: 'On this device',
    onDeviceHelp: 'Opens without a network: a copy of this board is kept on this device.',
    deviceOnly: "Offline: the server can't be reached. Boards marked “On this device” open without a network.",
  },
  {
    waiting: (count: number) => (count === 1 ? '1 cambio pendiente' : `${count} cambios pendientes`),
    waitingHelp: 'Cambios hechos en este dispositivo que el servidor aún no ha recibido.',
    notSavedLocally: 'No guardado en este dispositivo',
    notSavedLocallyHelp:
      'No se pudo escribir la copia de este dispositivo (almacenamiento lleno o bloqueado). Tus cambios siguen llegando al servidor mientras estés en línea; libera espacio o mantente conectado.',
    onDevice: 'En este dispositivo',
    onDeviceHelp: 'Se abre sin red: hay una copia de este tablero en este dispositivo.',
    deviceOnly:
      'Sin conexión: no se puede contactar con el servidor. Los tableros marcados «En este dispositivo» se abren sin red.',
  },
);
