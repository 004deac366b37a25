import { areaTexts } from '../i18n/area.ts';
import { plural } from '../i18n/plural.ts';

/** Words of the offline features: waiting changes, this device's copy, the boards kept here. */
export const useOfflineText = areaTexts({
  en: {
    waiting: (count: number) => plural('en', count, { one: '# change waiting', other: '# changes waiting' }),
    waitingHelp: 'Changes made on this device that the server has not received yet.',
    notSavedLocally: 'Not saved on this device',
    notSavedLocallyHelp:
      "This device's copy could not be written (storage full or blocked). Your changes still go to the server while you are online; free some space or stay connected.",
    onDevice: 'On this device',
    onDeviceHelp: 'Opens without a network: a copy of this board is kept on this device.',
    deviceOnly: "Offline: the server can't be reached. Boards marked “On this device” open without a network.",
  },
  es: {
    waiting: (count: number) => plural('es', count, { one: '# cambio pendiente', other: '# cambios pendientes' }),
    waitingHelp: 'Cambios hechos en este dispositivo que el servidor aún no ha recibido.',
    notSavedLocally: 'No guardado en este dispositivo',
    notSavedLocallyHelp:
      'No se pudo escribir la copia de este dispositivo (almacenamiento lleno o bloqueado). Tus cambios siguen llegando al servidor mientras estés en línea; libera espacio o mantente conectado.',
    onDevice: 'En este dispositivo',
    onDeviceHelp: 'Se abre sin red: hay una copia de este tablero en este dispositivo.',
    deviceOnly:
      'Sin conexión: no se puede contactar con el servidor. Los tableros marcados «En este dispositivo» se abren sin red.',
  },
  'zh-CN': {
    waiting: (count: number) => `${count} 项修改待发送`,
    waitingHelp: '在此设备上做出、服务器尚未收到的修改。',
    notSavedLocally: '未保存到此设备',
    notSavedLocallyHelp:
      '无法写入此设备上的副本（存储空间已满或被阻止）。在线时你的修改仍会发送到服务器；请释放一些空间或保持联网。',
    onDevice: '已存于此设备',
    onDeviceHelp: '无需网络即可打开：此设备上保存了这个看板的副本。',
    deviceOnly: '离线：无法连接服务器。标有“已存于此设备”的看板可以在无网络时打开。',
  },
});
